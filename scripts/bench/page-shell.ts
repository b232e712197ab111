/** A SAGA-looking page around `body`, the frame of every page the bench serves. */
export const page = (title: string, body: string, script = ''): string =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:14px Arial,sans-serif;margin:0}header{background:#1d5aa6;color:#fff;padding:12px}li{padding:2px 0}</style>
</head><body><header>SAGA — Directeurs</header>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
