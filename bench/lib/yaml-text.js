/**
 * Profiles as a person writes them in YAML: block mappings, a list of projects, flow lists for short
 * lists, plain scalars where YAML reads them back as the same string, JSON-style quotes otherwise.
 */
const PLAIN = /^[\p{L}\p{N}][^:#,[\]{}\n]*$/u;
const LOOKS_TYPED = /^(?:true|false|yes|no|on|off|null|~|[-+]?(?:\d[\d_]*)?\.?\d+(?:[eE][-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)$/i;

function scalar(value) {
  if (typeof value !== 'string') return String(value);
  return PLAIN.test(value) && !LOOKS_TYPED.test(value) && value.trim() === value ? value : JSON.stringify(value);
}

function value(v) {
  return Array.isArray(v) ? `[${v.map(scalar).join(', ')}]` : scalar(v);
}

/** @param {{ company: Record<string, unknown>, projects?: Record<string, unknown>[] }} profile @param {string} [comment] */
export function toYaml(profile, comment) {
  const lines = comment ? [`# ${comment}`] : [];
  lines.push('company:');
  for (const [k, v] of Object.entries(profile.company)) lines.push(`  ${k}: ${value(v)}`);
  if (profile.projects) {
    if (profile.projects.length === 0) lines.push('projects: []');
    else lines.push('projects:');
    for (const p of profile.projects) {
      for (const [i, [k, v]] of Object.entries(p).entries()) lines.push(`${i === 0 ? '  - ' : '    '}${k}: ${value(v)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
