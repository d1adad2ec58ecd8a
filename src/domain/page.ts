/** Which slice of a list to read: what services and repositories take, whatever the transport asked. */
export interface Page {
  limit: number;
  offset: number;
}
