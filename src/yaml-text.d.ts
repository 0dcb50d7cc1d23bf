/** Built-in blueprints are YAML files bundled as text (tsup `loader`, and a Vite plugin in tests). */
declare module "*.yaml" {
  const text: string;
  export default text;
}
