// The office's people and departments, to show names where the API gives user names and department codes.
import { api } from './http.js';
import { localName } from './i18n.js';

let directory;

/** A department's name in the reader's language; its Japanese name when it has no English one. */
export function departmentName(department) {
  return localName(department) ?? department.nameJa;
}

/** Names by user name and by department code, fetched once per page; an unknown one shows as its code. */
export function names() {
  directory ??= Promise.all([api('directory/people'), api('directory/departments')]).then(([people, departments]) => ({
    person: username => people.find(p => p.username === username)?.displayName ?? username,
    department: code => {
      const found = departments.find(d => d.code === code);
      return found ? departmentName(found) : code;
    }
  }));
  return directory;
}
