/** What the gateway knows of a request while it plans and runs it (its own file: the access log reads it too). */
export interface GatewayContext {
  authorization?: string;
  /** The verified caller's id, for the access log. */
  callerId?: string;
}
