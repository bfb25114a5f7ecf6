/**
 * The forges' documented formats, for the tests of `npm run check -- --format github|gitlab`: GitLab's
 * Code Quality report as a JSON Schema (with Ajv in strict mode), and GitHub's workflow commands read
 * back the way the Actions runner reads them.
 */
import { Ajv } from 'ajv';

/**
 * GitLab's Code Quality report (docs.gitlab.com/ci/testing/code_quality/, "Code Quality report format"):
 * a JSON array of issues, each with a description, the check's name, a unique fingerprint, a severity of
 * info, minor, major, critical or blocker, and a location: the file's path relative to the repository and
 * the line, as `lines.begin` or `positions.begin.line`. Further Code Climate fields are allowed (GitLab
 * ignores them). The fingerprints' uniqueness is not expressible here and is tested below.
 */
export const CODE_QUALITY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'GitLab Code Quality report',
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { type: 'string', enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path'],
        properties: {
          // Relative to the repository: not absolute, not ./, no backslashes.
          path: { type: 'string', minLength: 1, pattern: '^(?![/\\\\]|\\./|[A-Za-z]:)[^\\\\]+$' },
        },
        // The line: as lines.begin or as positions.begin.line.
        anyOf: [
          {
            type: 'object',
            required: ['lines'],
            properties: {
              lines: {
                type: 'object',
                required: ['begin'],
                properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 1 } },
              },
            },
          },
          {
            type: 'object',
            required: ['positions'],
            properties: {
              positions: {
                type: 'object',
                required: ['begin'],
                properties: {
                  begin: {
                    type: 'object',
                    required: ['line'],
                    properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } },
                  },
                },
              },
            },
          },
        ],
      },
    },
  },
} as const;

/** The schema compiled with Ajv in strict mode (an unknown keyword or a loose type in the schema is an error). */
export function codeQualityValidator() {
  return new Ajv({ strict: true, allErrors: true }).compile(CODE_QUALITY_SCHEMA);
}

/**
 * Reads a workflow command as the GitHub Actions runner does (`ActionCommand.TryParseV2`): `::name
 * k=v,k=v::data`, properties split on `,` and at the first `=`, then unescaped; the data unescaped.
 * Undefined for a line that is not a command.
 */
export function readGithubCommand(line: string): { command: string; properties: Record<string, string>; data: string } | undefined {
  if (!line.startsWith('::')) return undefined;
  const end = line.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = line.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeData(line.slice(end + 2)) };
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}
