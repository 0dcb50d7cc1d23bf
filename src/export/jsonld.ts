/**
 * JSON-LD in the W3C Organization Ontology (https://www.w3.org/TR/vocab-org/): units as
 * `org:OrganizationalUnit` linked by `org:subOrganizationOf` and classified by their unit
 * type (a `skos:Concept`); people as `foaf:Person` with `org:reportsTo` (the solid line)
 * and `org:headOf`; every post, primary or concurrent, as an `org:Membership` with
 * `org:member`, `org:organization` and `org:role` (an `org:Role`).
 *
 * Identifiers are IRIs under `urn:orgspec:` (`unit:bj` is `urn:orgspec:unit:bj`); change
 * the prefixes in `@context` to place them under your own domain.
 * NOTE: the ontology has no property for functional (dotted) lines, so they are left out.
 */
import type { Org } from "../org/org.js";
import { addTo } from "../util/multimap.js";
import { type ExportOptions, exportScope } from "./scope.js";

/** The `@context` of every document `exportJsonLd` writes. */
export const JSONLD_CONTEXT = {
  org: "http://www.w3.org/ns/org#",
  foaf: "http://xmlns.com/foaf/0.1/",
  skos: "http://www.w3.org/2004/02/skos/core#",
  dcterms: "http://purl.org/dc/terms/",
  unit: "urn:orgspec:unit:",
  person: "urn:orgspec:person:",
  role: "urn:orgspec:role:",
  unitType: "urn:orgspec:unit-type:",
  membership: "urn:orgspec:membership:",
} as const;

type Node = Record<string, unknown>;

const ref = (id: string) => ({ "@id": id });

/** A blueprint title as SKOS labels: a plain string, or one language-tagged value per language. */
function labels(title: string | Readonly<Record<string, string>> | undefined, fallback: string): unknown {
  if (title === undefined) return fallback;
  if (typeof title === "string") return title;
  return Object.entries(title).map(([language, value]) => ({ "@value": value, "@language": language }));
}

/**
 * The org (or a subtree) as a JSON-LD document (`@context` and `@graph`).
 *
 * @example jsonLdDocument(org)["@graph"][0]["@type"] // "org:Role"
 */
export function jsonLdDocument(
  org: Org,
  options: ExportOptions = {},
): { "@context": typeof JSONLD_CONTEXT; "@graph": Node[] } {
  const scope = exportScope(org, options);
  const graph: Node[] = [];
  const roles = new Set<string>();
  const types = new Set<string>();
  for (const p of scope.people) for (const post of p.posts) if (scope.unitIds.has(post.unit)) roles.add(post.role);
  for (const u of scope.units) types.add(u.type);
  for (const role of roles) {
    graph.push({
      "@id": `role:${role}`,
      "@type": "org:Role",
      "skos:notation": role,
      "skos:prefLabel": labels(org.blueprint?.roles.get(role)?.title, role),
    });
  }
  for (const type of types) {
    graph.push({
      "@id": `unitType:${type}`,
      "@type": "skos:Concept",
      "skos:notation": type,
      "skos:prefLabel": labels(org.blueprint?.unitTypes.get(type)?.title, type),
    });
  }
  for (const u of scope.units) {
    const node: Node = {
      "@id": `unit:${u.id}`,
      "@type": "org:OrganizationalUnit",
      "org:identifier": u.id,
      "skos:prefLabel": u.name,
      "org:classification": ref(`unitType:${u.type}`),
    };
    if (u.parent && scope.unitIds.has(u.parent)) node["org:subOrganizationOf"] = ref(`unit:${u.parent}`);
    graph.push(node);
  }
  const heads = new Map<string, string[]>();
  for (const u of scope.units) if (u.head) addTo(heads, u.head, u.id);
  for (const p of scope.people) {
    const node: Node = {
      "@id": `person:${p.id}`,
      "@type": "foaf:Person",
      "dcterms:identifier": p.id,
      "foaf:name": p.name,
    };
    if (p.manager && scope.personIds.has(p.manager.id)) node["org:reportsTo"] = ref(`person:${p.manager.id}`);
    const headOf = heads.get(p.id);
    if (headOf) node["org:headOf"] = headOf.map((u) => ref(`unit:${u}`));
    graph.push(node);
  }
  for (const p of scope.people) {
    p.posts.forEach((post, i) => {
      if (!scope.unitIds.has(post.unit)) return;
      graph.push({
        "@id": `membership:${p.id}.${i}`,
        "@type": "org:Membership",
        "org:member": ref(`person:${p.id}`),
        "org:organization": ref(`unit:${post.unit}`),
        "org:role": ref(`role:${post.role}`),
      });
    });
  }
  return { "@context": JSONLD_CONTEXT, "@graph": graph };
}

/** `jsonLdDocument` as indented JSON text. */
export function exportJsonLd(org: Org, options: ExportOptions = {}): string {
  return `${JSON.stringify(jsonLdDocument(org, options), null, 2)}\n`;
}
