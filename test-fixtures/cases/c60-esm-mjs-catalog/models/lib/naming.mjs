export function tableFor(settings, name) {
  return `${settings.tablePrefix}${name}`;
}
