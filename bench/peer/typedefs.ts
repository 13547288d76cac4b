/**
 * The peer's side: type definitions for @neo4j/graphql over the same graph, as an integrator who
 * knows the data would write them — one `Actor` type on the label every actor carries, the
 * relationships with their evidence as relationship properties, a computed count to sort bodies
 * by the tasks they lead, and full-text search through a @cypher field.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Evidence @relationshipProperties {
    docId: String
    start: Int
    end: Int
    quote: String
  }

  type Recipient @relationshipProperties {
    purpose: String
    docId: String
    start: Int
    end: Int
    quote: String
  }

  type Document @node {
    id: ID!
    number: String
    type: String
    title: String
    issuedDate: String
    status: String
    level: String
    province: String
    district: String
    issuers: [Actor!]! @relationship(type: "ISSUED_BY", direction: OUT, properties: "Evidence")
    recipients: [Actor!]! @relationship(type: "SENT_TO", direction: OUT, properties: "Recipient")
    implements: [Document!]!
      @relationship(type: "IMPLEMENTS", direction: OUT, properties: "Evidence")
    implementedBy: [Document!]!
      @relationship(type: "IMPLEMENTS", direction: IN, properties: "Evidence")
    tasks: [Task!]! @relationship(type: "HAS_TASK", direction: OUT)
  }

  type Actor @node {
    id: ID!
    name: String
    level: String
    province: String
    tasksLed: [Task!]! @relationship(type: "LED_BY", direction: IN, properties: "Evidence")
    tasksCoordinated: [Task!]!
      @relationship(type: "COORDINATES_WITH", direction: IN, properties: "Evidence")
    tasksLedCount: Int!
      @cypher(statement: "RETURN COUNT { (this)<-[:LED_BY]-(:Task) } AS n", columnName: "n")
  }

  type Task @node {
    id: ID!
    text: String
    section: String
    dueEnd: String
    docId: String
    document: [Document!]! @relationship(type: "HAS_TASK", direction: IN)
    leads: [Actor!]! @relationship(type: "LED_BY", direction: OUT, properties: "Evidence")
    coordinators: [Actor!]!
      @relationship(type: "COORDINATES_WITH", direction: OUT, properties: "Evidence")
  }

  type Query {
    searchOrganizations(query: String!, limit: Int!): [Actor!]!
      @cypher(
        statement: """
        CALL db.index.fulltext.queryNodes('search_text_v2', $query) YIELD node, score
        WHERE node:Organization
        RETURN node ORDER BY score DESC, node.id LIMIT $limit
        """
        columnName: "node"
      )
  }
`;
