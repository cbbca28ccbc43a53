import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const server = 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': server,
      '/emulator': server,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
