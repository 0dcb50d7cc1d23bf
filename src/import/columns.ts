/**
 * Which column of an HRIS export holds which field. Each field may be named explicitly
 * (`--id-col "Employee ID"`); otherwise the first header that matches one of the field's
 * usual names is taken, comparing names without case, spaces, `_`, `-` or `.`.
 */

/** The fields `orgspec import csv` reads from an HRIS export. */
export const IMPORT_FIELDS = [
  "id",
  "name",
  "manager",
  "unit",
  "role",
  "unitName",
  "unitType",
  "parent",
  "fte",
  "dottedLines",
] as const;

/** A field `importCsv` reads from an HRIS export (one of `IMPORT_FIELDS`). */
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * Usual header names per field, most specific first (normalized: lower case, no spaces,
 * `_`, `-` or `.`). They cover orgspec's own `export --to csv` and common HRIS exports, in
 * English and Chinese.
 */
export const DEFAULT_COLUMN_NAMES: Readonly<Record<ImportField, readonly string[]>> = {
  id: [
    "id",
    "employeeid",
    "empid",
    "employeenumber",
    "employeeno",
    "staffid",
    "personid",
    "工号",
    "员工编号",
    "员工号",
  ],
  name: ["name", "fullname", "employeename", "displayname", "姓名", "员工姓名"],
  manager: [
    "manager",
    "managerid",
    "managerno",
    "managernumber",
    "linemanager",
    "linemanagerid",
    "supervisorid",
    "supervisor",
    "reportsto",
    "直属上级工号",
    "上级工号",
    "直属上级",
    "上级",
    "汇报对象",
  ],
  unit: [
    "unit",
    "unitid",
    "departmentid",
    "deptid",
    "orgunitid",
    "department",
    "dept",
    "orgunit",
    "部门编号",
    "部门代码",
    "部门",
    "机构代码",
    "机构",
  ],
  role: ["role", "jobtitle", "title", "position", "job", "岗位", "职位", "职务"],
  unitName: ["unitname", "departmentname", "deptname", "orgunitname", "部门名称", "机构名称"],
  unitType: ["unittype", "departmenttype", "depttype", "部门类型", "机构类型"],
  parent: [
    "parentunit",
    "parentunitid",
    "parent",
    "parentid",
    "parentdepartmentid",
    "parentdepartment",
    "parentdept",
    "上级部门编号",
    "上级部门",
    "上级机构",
  ],
  fte: ["fte"],
  dottedLines: ["dottedlines"],
};

const normalize = (name: string) => name.toLowerCase().replace(/[\s_.-]+/g, "");

export type ColumnMap = Partial<Record<ImportField, number>>;

/**
 * Column indexes by field: explicit names first (an explicit name that is no column is an
 * error message), then the usual names for the fields left, each column used once.
 */
export function mapColumns(
  header: readonly string[],
  explicit: Partial<Record<ImportField, string>> = {},
): { columns: ColumnMap } | { error: string } {
  const columns: ColumnMap = {};
  const used = new Set<number>();
  const names = header.map((h) => h.trim());
  for (const field of IMPORT_FIELDS) {
    const wanted = explicit[field];
    if (wanted === undefined) continue;
    let k = names.indexOf(wanted.trim());
    if (k === -1) k = names.findIndex((h) => normalize(h) === normalize(wanted));
    if (k === -1) return { error: `no column "${wanted}" for ${field}; the header has: ${names.join(", ")}` };
    columns[field] = k;
    used.add(k);
  }
  for (const field of IMPORT_FIELDS) {
    if (columns[field] !== undefined) continue;
    for (const candidate of DEFAULT_COLUMN_NAMES[field]) {
      const k = names.findIndex((h, i) => !used.has(i) && normalize(h) === candidate);
      if (k !== -1) {
        columns[field] = k;
        used.add(k);
        break;
      }
    }
  }
  return { columns };
}
