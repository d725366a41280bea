import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A named person who took a step (as signed in: id and name from their token).' })
export class Person {
  @Field({ description: "The person's user id." })
  id: string;

  @Field({ description: "The person's name." })
  name: string;
}
