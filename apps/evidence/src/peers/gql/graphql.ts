/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type PriorityAreasQueryVariables = Exact<{
  r: Array<unknown> | unknown;
}>;


export type PriorityAreasQuery = { _entities: Array<
    | { __typename: 'Priority', id: string, area: { code: string } }
    | Record<PropertyKey, never>
   | null> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, unknown> | undefined;

  constructor(value: string, __meta__?: Record<string, unknown> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const PriorityAreasDocument = new TypedDocumentString(`
    query PriorityAreas($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Priority {
      __typename
      id
      area {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PriorityAreasQuery, PriorityAreasQueryVariables>;