/** The few GOV.UK Frontend scripts the console starts (the package ships no types). Each takes its component's root. */
declare module 'govuk-frontend' {
  export class ErrorSummary {
    constructor(root: Element);
  }
  export class NotificationBanner {
    constructor(root: Element);
  }
  export class ServiceNavigation {
    constructor(root: Element);
  }
}
