/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** RELIABLE: a final figure of record; PROVISIONAL: the latest is provisional; PLACEHOLDER: no usable figure yet (a baseline to come); DISPUTED: the sources disagree on the latest period and no figure of record is chosen yet (no baseline until one is, rather than an older one). */
export type BaselineStatus =
  | 'DISPUTED'
  | 'PLACEHOLDER'
  | 'PROVISIONAL'
  | 'RELIABLE';

export type AreaPartnershipQueryVariables = Exact<{
  code: string;
}>;


export type AreaPartnershipQuery = { area: { partnership: { name: string, members: Array<{ id: string }> } | null } | null };

export type EvidenceBaselineQueryVariables = Exact<{
  representations: Array<unknown> | unknown;
  indicator: string;
}>;


export type EvidenceBaselineQuery = { _entities: Array<
    | { __typename: 'Area', indicatorEvidence: { baseline: { status: BaselineStatus, period: string | null, value: number | null }, series: Array<{ period: string, observation: { source: string } | null }> } }
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

export const AreaPartnershipDocument = new TypedDocumentString(`
    query AreaPartnership($code: String!) {
  area(code: $code) {
    partnership {
      name
      members {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AreaPartnershipQuery, AreaPartnershipQueryVariables>;
export const EvidenceBaselineDocument = new TypedDocumentString(`
    query EvidenceBaseline($representations: [_Any!]!, $indicator: String!) {
  _entities(representations: $representations) {
    ... on Area {
      __typename
      indicatorEvidence(indicator: $indicator) {
        baseline {
          status
          period
          value
        }
        series {
          period
          observation {
            source
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceBaselineQuery, EvidenceBaselineQueryVariables>;