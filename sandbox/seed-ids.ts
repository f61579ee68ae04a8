/**
 * Fixed UUIDs of the seeded records (seed.ts), importable by tests and demos. Each is a valid
 * RFC 9562 v4-shaped UUID whose first group names the record kind: 5eed000<kind>-….
 */

function seedId(kind: number, n: number): string {
  return `5eed000${kind}-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** Ids of the seeded records, by name. */
export const SEED_IDS = {
  team: { dana: seedId(1, 1), marco: seedId(1, 2), aiko: seedId(1, 3), sam: seedId(1, 4) },
  persons: {
    avery: seedId(2, 1),
    noor: seedId(2, 2),
    felix: seedId(2, 3),
    ines: seedId(2, 4),
    tomas: seedId(2, 5),
  },
  jobs: {
    backend: seedId(3, 1),
    designer: seedId(3, 2),
    sre: seedId(3, 3),
    pm: seedId(3, 4),
    dataOld: seedId(3, 5),
  },
  deals: { northwind: seedId(4, 1), globex: seedId(4, 2), initech: seedId(4, 3), hooliLost: seedId(4, 4) },
  companies: {
    northwind: seedId(5, 1),
    globex: seedId(5, 2),
    initech: seedId(5, 3),
    hooli: seedId(5, 4),
    vandelay: seedId(5, 5),
  },
  tasks: { followUpAvery: seedId(6, 1), callNoor: seedId(6, 2), doneFelix: seedId(6, 3) },
  jobStatuses: { open: seedId(7, 1), onHold: seedId(7, 2), filled: seedId(7, 3) },
  dealStatuses: { prospecting: seedId(8, 1), negotiation: seedId(8, 2), lost: seedId(8, 3) },
} as const;

/** The team member the demo key acts as. */
export const DEMO_TEAM_MEMBER_ID = SEED_IDS.team.dana;
