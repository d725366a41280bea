import { Field, ObjectType } from 'type-graphql';
import { ApiCredential } from './api-credential';

@ObjectType({
  description: 'A credential with its secret: the only time the secret is shown. Store it in the council system now.',
})
export class IssuedApiCredential {
  @Field(() => ApiCredential)
  credential: ApiCredential;

  @Field()
  secret: string;
}

@ObjectType({ description: 'A short-lived bearer token for a council system.' })
export class ApiToken {
  @Field({ description: 'Send as "Authorization: Bearer <token>".' })
  token: string;

  @Field()
  expiresAt: Date;
}
