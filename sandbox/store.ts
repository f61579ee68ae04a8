/**
 * The sandbox's in-memory records. Field names follow docs/stardex-api.md; fields the API never shows
 * (open/archived flags of deals, a job's owners) are kept here and only exposed through filters.
 * Serialisation into API shapes lives in views.ts.
 */
import { normalizeLinkedInUrl } from './normalize-linkedin-url';

export const taskTypes = ['text', 'linkedin_message', 'linkedin_connection', 'call', 'other'] as const;
export type TaskType = (typeof taskTypes)[number];

export interface TeamMember {
  id: string;
  first_name: string;
  last_name: string;
  email: string;
  image_url: string | null;
}

export interface ContactPoint {
  contact_data_type: string;
  value: string;
}

export interface PersonRecord {
  id: string;
  name: string;
  first_name: string;
  last_name: string;
  /** Canonical URL from normalize-linkedin-url.ts; the dedupe key. */
  linkedin_url: string;
  linkedin_public_id: string;
  current_job_title: string | null;
  current_company_name: string | null;
  current_company_id: string | null;
  linkedin_location: string | null;
  external_source_id: string | null;
  emails: ContactPoint[];
  phones: ContactPoint[];
  notes: string | null;
  candidate_id: string | null;
  client_contact_id: string | null;
  job_ids: string[];
  created_at: string;
  updated_at: string;
}

export interface TaskRecord {
  id: string;
  content_text: string;
  task_type: TaskType;
  due_date: string | null;
  is_completed: boolean;
  person_id: string | null;
  deal_id: string | null;
  client_id: string | null;
  job_id: string | null;
  owner_ids: string[];
  created_at: string;
  updated_at: string;
  /** Insertion order, the tie-breaker when timestamps are equal. */
  seq: number;
}

/** The standard person-activity types (docs/stardex-api.md §3.6); a team may add its own. */
export const standardActivityTypes = [
  'secondary_note',
  'meeting_note',
  'meeting_transcript',
  'email',
  'interview_note',
  'linkedin_message',
  'text_message',
  'candidate_summary',
  'linkedin_message_response',
  'call_note',
] as const;

export interface ActivityRecord {
  id: string;
  person_id: string;
  activity_type: string;
  activity_content: string;
  team_member_id: string | null;
  created_at: string;
  seq: number;
}

export interface JobRecord {
  id: string;
  name: string;
  client_company_id: string | null;
  job_status_id: string;
  job_status_name: string;
  location: string | null;
  is_archived: boolean;
  is_public: boolean;
  owner_ids: string[];
  open_date: string | null;
  salary_range: string | null;
  description: string | null;
  created_at: string;
  updated_at: string;
}

export interface DealRecord {
  id: string;
  name: string;
  amount: number | null;
  currency_code: string | null;
  deal_status_id: string;
  client_id: string | null;
  job_ids: string[];
  owner_ids: string[];
  is_open: boolean;
  is_archived: boolean;
  created_at: string;
  updated_at: string;
}

export interface CompanyRecord {
  id: string;
  name: string;
  domain: string | null;
  linkedin_url: string | null;
  location: string | null;
  description: string | null;
  is_client: boolean;
  owner_ids: string[];
  created_at: string;
  updated_at: string;
}

/** All records of one sandbox instance. Tests may read and modify it directly. */
export class SandboxStore {
  teamMembers: TeamMember[] = [];
  persons: PersonRecord[] = [];
  tasks: TaskRecord[] = [];
  activities: ActivityRecord[] = [];
  /** Person-activity types: the standard ones, then any the team added (tests may push more). */
  activityTypes: string[] = [...standardActivityTypes];
  jobs: JobRecord[] = [];
  deals: DealRecord[] = [];
  companies: CompanyRecord[] = [];
  private nextSeq = 1;

  /** Empties every collection. */
  clear(): void {
    this.teamMembers = [];
    this.persons = [];
    this.tasks = [];
    this.activities = [];
    this.activityTypes = [...standardActivityTypes];
    this.jobs = [];
    this.deals = [];
    this.companies = [];
    this.nextSeq = 1;
  }

  /** The person whose LinkedIn URL normalises to the same canonical URL, if any. */
  findPersonByLinkedInUrl(url: string): PersonRecord | undefined {
    const canonical = normalizeLinkedInUrl(url);
    return canonical === null ? undefined : this.persons.find((p) => p.linkedin_url === canonical);
  }

  /** Adds a task, stamping its insertion order. */
  addTask(task: Omit<TaskRecord, 'seq'>): TaskRecord {
    const record = { ...task, seq: this.nextSeq++ };
    this.tasks.push(record);
    return record;
  }

  /** Adds a person activity, stamping its insertion order. */
  addActivity(activity: Omit<ActivityRecord, 'seq'>): ActivityRecord {
    const record = { ...activity, seq: this.nextSeq++ };
    this.activities.push(record);
    return record;
  }

  teamMember(id: string): TeamMember | undefined {
    return this.teamMembers.find((m) => m.id === id);
  }
  person(id: string): PersonRecord | undefined {
    return this.persons.find((p) => p.id === id);
  }
  job(id: string): JobRecord | undefined {
    return this.jobs.find((j) => j.id === id);
  }
  deal(id: string): DealRecord | undefined {
    return this.deals.find((d) => d.id === id);
  }
  company(id: string): CompanyRecord | undefined {
    return this.companies.find((c) => c.id === id);
  }
}
