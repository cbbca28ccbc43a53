export { MessagePreview } from './components/message-preview.tsx';
export type { MessagePreviewProps, PreviewWidth } from './components/message-preview.tsx';
