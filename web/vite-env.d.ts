// `import url from '….css?url'` (web/app/cjk-font.ts): Vite builds the stylesheet and gives its URL
/// <reference types="vite/client" />
