/** The API reads through the read layer's reader (src/read/reader.ts); its errors are mapped to
 *  API errors at the edge (errors.ts). */
export { GraphReader } from '../read/reader.ts';
