import { Department } from '@laa/domain';
import { Field, ObjectType } from 'type-graphql';
import { DepartmentPriorityPlace } from './people';

@ObjectType({ description: 'A central department and the places that matter most to each of its priorities.' })
export class CentralDepartment {
  @Field(() => Department)
  department: Department;

  @Field(() => [DepartmentPriorityPlace], { description: 'Priority and place pairs, by priority.' })
  priorityPlaces: DepartmentPriorityPlace[];
}
