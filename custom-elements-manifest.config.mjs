/**
 * Our elements register through `define(tag, Class)` (src/shared/define.ts), which the analyzer does not
 * know: this plugin records those calls as custom-element definitions, so each class gets its tag name.
 */
function guardedDefine() {
  return {
    name: 'iclei-guarded-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'define') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      const imported = node
        .getSourceFile()
        .statements.filter(ts.isImportDeclaration)
        .find((i) => i.importClause?.namedBindings?.elements?.some((e) => e.name.text === element.text));
      const module = imported
        ? new URL(imported.moduleSpecifier.text.replace(/\.js$/, '.ts'), `file:///${moduleDoc.path}`).pathname.slice(1)
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      const declarations = new Map(customElementsManifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => [`${m.path}#${d.name}`, d])));
      for (const definition of customElementsManifest.modules.flatMap((m) => m.exports ?? [])) {
        if (definition.kind !== 'custom-element-definition') continue;
        const declaration = declarations.get(`${definition.declaration.module}#${definition.declaration.name}`);
        if (declaration) Object.assign(declaration, { tagName: definition.name, customElement: true });
      }
      // Only the elements and their definitions: helper classes and functions are not part of the docs.
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (m) => m.declarations?.some((d) => d.customElement) || m.exports?.some((e) => e.kind === 'custom-element-definition'),
      );
      for (const module of customElementsManifest.modules) module.declarations = module.declarations?.filter((d) => d.kind === 'class');
      // The docs list the public API only: no private or protected members, no static styles.
      for (const declaration of declarations.values()) {
        // (The analyzer marks the fields of `static properties` public, and gives their `state` ones an attribute.)
        const hidden = new Set(declaration.members?.filter((m) => m.static || (m.privacy ?? 'public') !== 'public').map((m) => m.name));
        declaration.members = declaration.members?.filter((m) => !hidden.has(m.name) && !m.name.startsWith('#'));
        declaration.attributes = declaration.attributes?.filter((a) => !hidden.has(a.fieldName));
        // Events are the documented `@fires` ones; the analyzer also guesses names from dispatch calls.
        declaration.events = declaration.events?.filter((e) => e.name?.startsWith('iclei-'));
      }
    },
  };
}

export default {
  globs: ['src/*/*.ts'],
  exclude: ['src/**/*.layout.ts', 'src/**/*.messages.ts', 'src/**/*.styles.ts', 'src/data/**', 'src/shared/!(element).ts', 'src/embed/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [guardedDefine()],
};
