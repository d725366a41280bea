import { IsNotEmpty, Length, Matches } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class CreateApiCredentialArgs {
  @Field({ description: 'The area (SNAC code) the system will act for.' })
  @Matches(/^[0-9A-Z]{2,4}$/, { message: 'areaCode must be a 2008 ONS (SNAC) area code such as 00CG' })
  areaCode: string;

  @Field({ description: 'What the system is.' })
  @Length(3, 120, { message: 'name must be 3 to 120 characters' })
  name: string;
}

@ArgsType()
export class ApiTokenArgs {
  @Field()
  @IsNotEmpty()
  clientId: string;

  @Field()
  @IsNotEmpty()
  secret: string;
}
