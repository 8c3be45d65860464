import { downtimeMinutesPerMonth } from '../availability';
import { availabilityPercent, downtime, listNames } from '../describe';
import { finding, type Rule } from './types';

/** `availability-target`: the end-to-end availability of the weakest path is below the requirement. */
export const availabilityTarget: Rule = ({ graph, availability, targets }) => {
  const target = targets?.availability;
  if (!availability || target === undefined || availability.value >= target) return [];
  return [
    finding(
      'availability-target',
      'error',
      'slis-and-slos',
      { nodeIds: availability.path, edgeIds: availability.edgeIds },
      `End to end the design is available ${availabilityPercent(availability.value)} of the time (${downtime(availability.downtimeMinutesPerMonth)} of downtime a month), below the ${availabilityPercent(target)} target (${downtime(downtimeMinutesPerMonth(target))} a month). The weakest path is ${listNames(graph, availability.path)}: add instances or replicas to its components.`,
    ),
  ];
};
