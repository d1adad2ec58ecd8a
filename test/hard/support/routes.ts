// Shared with the suites in npm test: the one copy lives in test/support/.
export * from '../../support/routes.ts';
