/** A request and a response in memory, for the server's handlers: what was written, and the request's `close`. */
import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a handler wrote to a {@link fakeResponse}. */
export interface Written {
  status?: number;
  headers?: Record<string, unknown>;
  chunks: string[];
  ended: boolean;
}

/** A request with `method`, `url` and a Host header, that can emit `close`. */
export function fakeRequest(method: string, url: string, host = 'localhost:8080'): IncomingMessage {
  return Object.assign(new EventEmitter(), { method, url, headers: { host } }) as unknown as IncomingMessage;
}

/** A response that records what is written to it. */
export function fakeResponse(): { response: ServerResponse; written: Written } {
  const written: Written = { chunks: [], ended: false };
  const response = {
    headersSent: false,
    destroyed: false,
    writeHead(status: number, headers: Record<string, unknown>) {
      written.status = status;
      written.headers = headers;
      this.headersSent = true;
      return this;
    },
    write(chunk: string) {
      written.chunks.push(chunk);
      return true;
    },
    end(chunk?: string) {
      if (chunk !== undefined) written.chunks.push(chunk);
      written.ended = true;
      return this;
    },
  };
  return { response: response as unknown as ServerResponse, written };
}
