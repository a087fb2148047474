// The esbuild target shared by dist/ and dist-bench/. For `node20` esbuild rewrites every regular
// expression literal that uses a Unicode property escape (`/^\p{Lu}/u`) into `new RegExp("…", "u")`,
// because a property named in a newer Unicode version than the target's would be a syntax error in
// a literal. Inside a function that rewrite compiles nothing new (V8 caches the pattern) but builds
// the object through the RegExp constructor on every call, about five times the cost of a literal:
// 7,400 constructions a pass over the 100 BBC articles. Every property the sources name (L, Lu, Ll,
// Lo, M, N, Extended_Pictographic, Script_Extensions of a few scripts) is older than Node 20.0 and
// the behaviour of a literal and its rewrite is the same, so literals stay literals.
export const NODE_TARGET = {
  target: 'node20',
  supported: { 'regexp-unicode-property-escapes': true },
};
