export type Encoding = 'gzip' | 'br';
export type Compression = 'dynamic' | 'static';
/** below this an answer is sent as it is; the compression plugin's threshold (API14) */
export declare const COMPRESS_MIN_BYTES = 1024;
/** `text` as a string or as its UTF-8 bytes: the same bytes come out. */
export declare function compress(text: string | Buffer, encoding: Encoding, how: Compression): Buffer;
/**
 * The form to send for an Accept-Encoding header, or undefined for the JSON text. Static answers
 * prefer brotli (made once, smaller); dynamic ones gzip (cheaper to make for an answer sent once).
 * Weights are read only when the header has any (`gzip;q=0` refuses gzip, `*` accepts both).
 */
export declare function chooseEncoding(header: string | string[] | undefined, how: Compression): Encoding | undefined;
//# sourceMappingURL=compression.d.ts.map