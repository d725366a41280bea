import { registerEnumType } from 'type-graphql';
import { Department, DEPARTMENT_NAMES } from './departments';
import { IntendedDirection, Polarity } from './polarity';
import { ReferenceStatus } from './reference-status';
import { Theme, THEME_NAMES } from './themes';

// Registered once here so every subgraph exposes identical enums (federation requires it).
registerEnumType(Theme, {
  name: 'Theme',
  description: 'One of the four LAA themes.',
  valuesConfig: Object.fromEntries(Object.entries(THEME_NAMES).map(([k, v]) => [k, { description: v }])),
});
registerEnumType(Department, {
  name: 'Department',
  description: 'A central government department.',
  valuesConfig: Object.fromEntries(Object.entries(DEPARTMENT_NAMES).map(([k, v]) => [k, { description: v }])),
});
registerEnumType(ReferenceStatus, {
  name: 'ReferenceStatus',
  description: 'How far a reference value can be trusted; anything but SOURCED is shown as unverified.',
});
registerEnumType(Polarity, {
  name: 'Polarity',
  description: 'Which direction of an indicator is an improvement.',
});
registerEnumType(IntendedDirection, {
  name: 'IntendedDirection',
  description:
    "The direction a target's levels should move in, stated by its editor where the indicator's polarity is not known.",
  valuesConfig: {
    UP: { description: 'Higher is better for this target.' },
    DOWN: { description: 'Lower is better for this target.' },
  },
});
