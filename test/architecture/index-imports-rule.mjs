// ESLint rule `architecture/index-imports`: an import from another folder of src/ goes through that folder's index.ts.
// A folder's index.ts is its public face; the files beside it are free to change. Files in the same folder import
// each other directly. The fix rewrites the path to the folder; the index must then export what is imported.
import { existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

const EXTENSIONS = [".ts", ".tsx"];

function isDirectory(path) {
  return existsSync(path) && statSync(path).isDirectory();
}

function indexOf(dir) {
  return EXTENSIONS.map((ext) => join(dir, `index${ext}`)).find((p) => existsSync(p));
}

/** The file a relative specifier names, or undefined when it names nothing under src (then TypeScript reports it). */
function resolveFile(fromFile, specifier) {
  const target = resolve(dirname(fromFile), specifier);
  if (isDirectory(target)) return indexOf(target);
  const bare = target.replace(/\.(js|ts|tsx)$/, "");
  return EXTENSIONS.map((ext) => bare + ext).find((p) => existsSync(p));
}

function folderSpecifier(fromFile, dir) {
  const path = relative(dirname(fromFile), dir).split(sep).join("/");
  if (path === "") return ".";
  return path.startsWith(".") ? path : `./${path}`;
}

export const indexImports = {
  meta: {
    type: "problem",
    fixable: "code",
    docs: { description: "An import from another folder of src/ goes through that folder's index.ts." },
    messages: {
      throughIndex: "'{{specifier}}' reaches into another folder: import it from '{{folder}}' (that folder's index.ts).",
      noIndex: "'{{specifier}}' reaches into '{{folder}}', which has no index.ts: give the folder one and import through it.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== "Literal" || typeof source.value !== "string" || !source.value.startsWith(".")) return;
      const target = resolveFile(file, source.value);
      if (target === undefined) return;
      const dir = dirname(target);
      if (dir === dirname(file)) return;
      if (/^index\.tsx?$/.test(target.slice(dir.length + 1))) return;
      const index = indexOf(dir);
      const folder = folderSpecifier(file, dir);
      if (index === undefined) {
        context.report({ node: source, messageId: "noIndex", data: { specifier: source.value, folder } });
        return;
      }
      // The folder's own index re-exporting its files, or a file reaching its own folder's index, is not another folder.
      if (index === file) return;
      context.report({
        node: source,
        messageId: "throughIndex",
        data: { specifier: source.value, folder },
        fix: (fixer) => fixer.replaceText(source, JSON.stringify(folder)),
      });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { "index-imports": indexImports } };
