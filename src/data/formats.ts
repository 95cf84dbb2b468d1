// The function formats the generated schema validators call as `formats.<name>`
// (scripts/compile-schemas.ts); formats that are regular expressions are written
// into the validators instead.

/**
 * Trident's URLs (microsoft/trident, crates/trident_api: OsImage.url and the
 * extension images' url) are the Rust url crate's `Url`, which parses by the
 * WHATWG URL Standard, as Node's URL does. ajv-formats' RFC 3986 `uri` refused
 * URLs that Trident reads (a space in a file:// path) and took milliseconds to
 * compile its regular expression on each run.
 */
export const formats = {
  uri: (value: string): boolean => URL.canParse(value),
};
