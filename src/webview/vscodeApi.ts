// The one acquireVsCodeApi() call of the page, typed with the graph protocol.
import type { GraphWebviewState, WebviewToExtension } from '../shared/graphMessages';
import { parseGraphState } from '../shared/graphMessages';

interface RawApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): RawApi;

export interface HostApi {
  post(message: WebviewToExtension): void;
  getState(): GraphWebviewState | undefined;
  setState(state: GraphWebviewState): void;
}

export function hostApi(): HostApi {
  const raw = acquireVsCodeApi();
  return {
    post: (message) => raw.postMessage(message),
    getState: () => parseGraphState(raw.getState()),
    setState: (state) => raw.setState(state),
  };
}
