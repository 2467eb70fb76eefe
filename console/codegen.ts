// Typed GraphQL operations from the API's exported schema: `npm run codegen` writes
// src/graphql/generated.ts (committed; a test checks that regenerating gives the same file).
import type { CodegenConfig } from '@graphql-codegen/cli';

// VOC_CODEGEN_OUT lets the Python test generate elsewhere and compare with the committed file.
const out = process.env.VOC_CODEGEN_OUT || 'src/graphql/generated.ts';

const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/graphql/*.graphql'],
  generates: {
    [out]: {
      plugins: [
        'typescript-operations',
        'typed-document-node',
      ],
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        onlyOperationTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
