import TranslateIcon from '@mui/icons-material/Translate';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { changeLang, currentLang } from '../../i18n/index.ts';

/** Its accessible name is the language it switches to, written in that language ("English" / "中文"). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const lang = currentLang();
  const target = lang === 'zh' ? 'en' : 'zh';
  return (
    <Button
      color="inherit"
      startIcon={<TranslateIcon aria-hidden />}
      lang={target === 'en' ? 'en' : 'zh-CN'}
      title={t('language.switchHint')}
      onClick={() => void changeLang(target)}
      data-lang={i18n.language}
      sx={{ flexShrink: 0 }}
    >
      {t('language.switchTo')}
    </Button>
  );
}
