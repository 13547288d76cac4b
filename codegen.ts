import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types are generated from schema/*.graphql, never written by hand; `npm test` runs
// `codegen --check` so a schema change without regenerated types fails.
const models = '../../read/models.ts#';
const apiModels = '../models.ts#';
const coordination = '../../traverse/coordination/model.ts#';
const neighbourhood = '../../traverse/neighbourhood/graph.ts#';
const coverage = '../../traverse/coverage/model.ts#';
// Client types: operations' answers and variables as typed as the schema allows.
const clientConfig = {
  useTypeImports: true,
  enumsAsTypes: true,
  strictScalars: true,
  scalars: { ID: 'string' },
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
};
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/api/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.ts#ApiContext',
        useTypeImports: true,
        useIndexSignature: false,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { ID: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        // Resolvers pass graph nodes as read (src/read/models.ts); fields are resolved from them.
        mappers: {
          Document: `${models}DocumentModel`,
          Organization: `${models}ActorModel`,
          OrgGroup: `${models}ActorModel`,
          Person: `${models}ActorModel`,
          Role: `${models}ActorModel`,
          Generic: `${models}ActorModel`,
          Publication: `${models}ActorModel`,
          Unresolved: `${models}ActorModel`,
          Task: `${models}TaskModel`,
          Target: `${models}TargetModel`,
          Evidence: `${models}EvidenceModel`,
          DocumentSource: '../../read/texts.ts#DocumentTextModel',
          ActorEdge: `${models}ActorEdgeModel`,
          RecipientEdge: `${models}RecipientEdgeModel`,
          DocumentLink: `${models}DocumentLinkModel`,
          GroupMembership: `${models}GroupMembershipModel`,
          Succession: '../../read/successions.ts#SuccessionModel',
          SuccessionStep: '../../read/successions.ts#SuccessionStepModel',
          ResponsibleBody: '../../read/successions.ts#ResponsibleBodyModel',
          InheritedTask: '../../read/successions.ts#InheritedTaskModel',
          DocumentEffect: '../../read/lifecycle.ts#DocumentEffectModel',
          DocumentValidity: '../../read/lifecycle.ts#DocumentValidityModel',
          ReceivedDocument: `${models}ReceivedDocumentModel`,
          SearchResult: `${apiModels}SearchResultModel`,
          IngestResult: `${apiModels}IngestResultModel`,
          SearchHit: `${apiModels}SearchHitModel`,
          DocumentConnection: `${models}DocumentConnectionModel`,
          OrganizationConnection: `${models}OrganizationConnectionModel`,
          TaskConnection: `${models}TaskConnectionModel`,
          TaskAggregate: '../../read/aggregate.ts#AggregateModel',
          DocumentAggregate: '../../read/aggregate.ts#AggregateModel',
          OrganizationAggregate: '../../read/aggregate.ts#AggregateModel',
          // Traversals (src/traverse): their pure modules' answer shapes.
          ImplementationTree: '../../traverse/cascade/tree.ts#ImplementationTreeModel',
          CascadeNode: '../../traverse/cascade/tree.ts#CascadeNodeModel',
          LevelCount: '../../traverse/cascade/tree.ts#LevelCountModel',
          PendingImplementations: '../../traverse/cascade/pending.ts#PendingImplementationsModel',
          ExpectedImplementation: '../../traverse/cascade/pending.ts#ExpectedBodyModel',
          ExpectationReason: '../../traverse/cascade/pending.ts#ExpectationModel',
          TargetComparison: '../../traverse/targets/compare.ts#TargetComparisonModel',
          TargetGroup: '../../traverse/targets/compare.ts#TargetGroupModel',
          TargetEntry: '../../traverse/targets/compare.ts#TargetEntryModel',
          CoordinationPartners: `${coordination}CoordinationPartnersModel`,
          CoordinationPartner: `${coordination}CoordinationPartnerModel`,
          CoordinationCounts: `${coordination}CoordinationCountsModel`,
          SharedTask: `${coordination}SharedTaskModel`,
          CoordinationPath: `${coordination}CoordinationPathModel`,
          CoordinationHop: `${coordination}CoordinationHopModel`,
          Neighbourhood: `${neighbourhood}NeighbourhoodGraph`,
          NeighbourhoodNode: `${neighbourhood}GraphNode`,
          NeighbourhoodEdge: `${neighbourhood}GraphEdge`,
          // Recipient coverage: the pure module's answers, resolved field by field.
          // Task status (src/read/status-derive.ts).
          StatusEvidence: `${models.replace('models.ts#', 'status-derive.ts#')}StatusEvidenceModel`,
          TaskStatusUpdate: `${models.replace('models.ts#', 'status-derive.ts#')}StatusUpdateModel`,
          Closure: '../../read/status-derive.ts#ClosureFact',
          TaskLineage: '../../traverse/lineage/index.ts#LineageEdgeModel',
          TaskStats: '../../traverse/stats/index.ts#TaskStatsModel',
          TaskStatsGroup: '../../traverse/stats/index.ts#StatsGroupModel',
          ScorecardRow: '../../traverse/stats/index.ts#ScorecardRowModel',
          DocumentIngestedEvent: '../events.ts#DocumentIngestedModel',
          RecipientCoverage: `${coverage}DocumentCoverage`,
          BodyCoverage: `${coverage}BodyCoverage as BodyCoverageModel`,
          CoverageTask: `${coverage}CoverageTaskRole`,
          CoverageWay: `${coverage}CoverageWay as CoverageWayModel`,
          CoverageSummary: `${coverage}CoverageSummary as CoverageSummaryModel`,
          CoverageReportRow: `${coverage}DocumentCoverage`,
          CoverageReportConnection: `${coverage}CoverageReportPage`,
          // Users and the audit trail (issue 15).
          User: '../../graph/users.ts#UserRecord',
          Viewer: '../../read/viewer.ts#Viewer as ViewerModel',
          AuditEvent: '../../read/audit.ts#AuditEventModel',
        },
      },
    },
    // Client types of the example operations in operations/ (what an integrator would generate).
    'src/api/generated/operations.ts': {
      documents: 'operations/*.graphql',
      // typescript-operations 6 emits the enums and inputs the operations use by itself.
      plugins: ['typescript-operations'],
      config: clientConfig,
    },
    // The web app's typed operations (web/): the query text as a typed string, so the browser
    // bundle needs no GraphQL runtime.
    'web/src/generated/operations.ts': {
      documents: 'operations/**/*.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { ...clientConfig, documentMode: 'string' },
    },
  },
};

export default config;
