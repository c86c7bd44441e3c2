/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation VerifyResidency($input: VerifyResidencyInput!) {\n    verifyResidency(input: $input) {\n      verified\n    }\n  }\n": typeof types.VerifyResidencyDocument,
    "\n  query MyAccount {\n    ...LayoutData\n    me {\n      email\n      displayName\n      verified\n    }\n    myDataExport {\n      status\n      requestedAt\n      expiresAt\n      downloadPath\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  mutation UpdateMyAccount($input: UpdateMyAccountInput!) {\n    updateMyAccount(input: $input) {\n      displayName\n    }\n  }\n": typeof types.UpdateMyAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestMyData {\n    requestMyData {\n      status\n    }\n  }\n": typeof types.RequestMyDataDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query MyMailPreferences {\n    ...LayoutData\n    me {\n      email\n      role\n    }\n    myMailPreferences {\n      ballots\n      reports\n      follows\n      digest\n      blocked\n    }\n  }\n": typeof types.MyMailPreferencesDocument,
    "\n  mutation UpdateMyMailPreferences($input: UpdateMyMailPreferencesInput!) {\n    updateMyMailPreferences(input: $input) {\n      blocked\n    }\n  }\n": typeof types.UpdateMyMailPreferencesDocument,
    "\n  query Budgets {\n    ...LayoutData\n    openBudgets: budgets(status: OPEN, first: 50) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n          ballotType\n          votingOpensAt\n          votingClosesAt\n          voteGroup {\n            ...VoteGroupFields\n          }\n        }\n      }\n    }\n    closedBudgets: budgets(status: CLOSED, first: 20) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n          votingClosesAt\n        }\n      }\n    }\n    talliedBudgets: budgets(status: TALLIED, first: 20) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n          votingClosesAt\n        }\n      }\n    }\n    publishedBudgets: budgets(status: PUBLISHED, first: 50) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n          publishedAt\n        }\n      }\n    }\n  }\n": typeof types.BudgetsDocument,
    "\n  fragment VoteGroupFields on VoteGroup {\n    id\n    title\n    rule\n    maxBudgets\n  }\n": typeof types.VoteGroupFieldsFragmentDoc,
    "\n  fragment BudgetProjectFields on BudgetProject {\n    id\n    title\n    description\n    cost\n    category\n    districtId\n    feasibility\n    feasibilityExplanation\n    onBallot\n  }\n": typeof types.BudgetProjectFieldsFragmentDoc,
    "\n  fragment BudgetDetails on Budget {\n    id\n    title\n    description\n    status\n    totalAmount\n    ballotType\n    tallyRule\n    add1Completion\n    minProjects\n    maxProjects\n    maxPoints\n    minSpendingShare\n    districtId\n    votingOpensAt\n    votingClosesAt\n    publishedAt\n    population\n    minAge\n    maxAge\n    voteGroup {\n      ...VoteGroupFields\n      budgets {\n        id\n        title\n      }\n    }\n    projects {\n      ...BudgetProjectFields\n    }\n    unfeasibleProjects {\n      ...BudgetProjectFields\n    }\n  }\n": typeof types.BudgetDetailsFragmentDoc,
    "\n  query Budget($id: ID!, $signedIn: Boolean!) {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    budget(id: $id) {\n      ...BudgetDetails\n    }\n    myBallot(budgetId: $id) @include(if: $signedIn) {\n      receipt\n      projectIds\n      ranking\n      points {\n        projectId\n        points\n      }\n    }\n  }\n": typeof types.BudgetDocument,
    "\n  query BudgetResults($id: ID!) {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    budget(id: $id) {\n      ...BudgetDetails\n      projects {\n        id\n        votes\n      }\n      turnout {\n        ballots\n        verifiedResidents\n        censusSize\n        shareOfCensus\n        shareOfVerified\n      }\n      turnoutByDistrict {\n        districtId\n        ballots\n        verifiedResidents\n        censusSize\n        shareOfCensus\n        shareOfVerified\n      }\n      result {\n        rule\n        add1Completion\n        ballotCount\n        totalCost\n        computedAt\n        ballotsDigest\n        ballotsMerkleRoot\n        winners {\n          id\n        }\n        comparison {\n          rule\n          totalCost\n          winners {\n            id\n          }\n          explanation {\n            ...RuleExplanationDetails\n          }\n        }\n        explanation {\n          ...RuleExplanationDetails\n        }\n      }\n    }\n    # How each winner is carried out (libs/tracking), once the worker has tracked them.\n    winnersProgress: trackedItems(budgetId: $id, first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n          progressPercent\n        }\n      }\n    }\n  }\n": typeof types.BudgetResultsDocument,
    "\n  query BudgetRecount($id: ID!) {\n    ...LayoutData\n    budget(id: $id) {\n      id\n      title\n      status\n      ballotType\n      totalAmount\n      result {\n        rule\n        add1Completion\n        minProjectScore\n        tieBreakSeed\n        equalSharesComparison {\n          criterion\n        }\n        ballotCount\n        totalCost\n        ballotsDigest\n        ballotsMerkleRoot\n        auditHead {\n          sequence\n          hash\n        }\n        winners {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.BudgetRecountDocument,
    "\n  fragment RuleExplanationDetails on RuleExplanation {\n    figures {\n      votersWithFunded\n      shareWithFunded\n      averageFunded\n    }\n    equalShares {\n      perVoterBudget\n      add1Increment\n      rounds\n      projects {\n        project {\n          id\n        }\n        outcome\n        round\n        supportersHeld\n        maxPayment\n        effectiveVotes\n        payments {\n          amount\n          voters\n          paidAll\n        }\n        droppedAtRound\n        effectiveSupport\n      }\n    }\n    greedy {\n      project {\n        id\n      }\n      funded\n      position\n      moneyLeft\n      takenBy {\n        id\n      }\n    }\n  }\n": typeof types.RuleExplanationDetailsFragmentDoc,
    "\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      receipt\n    }\n  }\n": typeof types.CastBallotDocument,
    "\n  query ReceiptCheck($receipt: String!) {\n    ...LayoutData\n    ballotReceipt(receipt: $receipt) {\n      budgetId\n      ballotLine\n      leafIndex\n      treeSize\n      proof\n      merkleRoot\n      ballot {\n        projectIds\n        ranking\n        points {\n          projectId\n          points\n        }\n      }\n    }\n  }\n": typeof types.ReceiptCheckDocument,
    "\n  query ReceiptBudget($id: ID!) {\n    budget(id: $id) {\n      id\n      title\n      projects {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ReceiptBudgetDocument,
    "\n  fragment ConsultationSummary on Consultation {\n    id\n    title\n    districtId\n    currentPhase\n    phases {\n      kind\n      startsAt\n      endsAt\n    }\n    figures {\n      proposals\n      supports\n      participants\n    }\n  }\n": typeof types.ConsultationSummaryFragmentDoc,
    "\n  query Consultations {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    consultations(first: 100) {\n      totalCount\n      edges {\n        node {\n          ...ConsultationSummary\n        }\n      }\n    }\n  }\n": typeof types.ConsultationsDocument,
    "\n  query Consultation($id: ID!) {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    consultation(id: $id) {\n      ...ConsultationSummary\n      descriptionHtml\n      published\n      supportLimit\n      supportThreshold\n      population\n      minAge\n      maxAge\n      categories {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsultationDocument,
    "\n  query Home {\n    ...LayoutData\n    consultations(first: 20) {\n      edges {\n        node {\n          id\n          title\n          currentPhase\n          phases {\n            kind\n            endsAt\n          }\n        }\n      }\n    }\n    openBudgets: budgets(status: OPEN, first: 10) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n          votingClosesAt\n        }\n      }\n    }\n    publishedBudgets: budgets(status: PUBLISHED, first: 5) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n          publishedAt\n          turnout {\n            ballots\n          }\n        }\n      }\n    }\n    issueReports(first: 5) {\n      edges {\n        node {\n          id\n          status\n          address\n          districtName\n          createdAt\n          category {\n            name\n          }\n        }\n      }\n    }\n    keyFigures {\n      participants\n      proposals\n      supports\n      ballots\n      issueReports\n      fixedIssueReports\n    }\n  }\n": typeof types.HomeDocument,
    "\n  fragment LayoutData on Query {\n    me {\n      displayName\n      role\n      verified\n    }\n    municipality {\n      name\n      primaryColor\n      logoUrl\n      legal {\n        accessibilityConformity\n      }\n    }\n  }\n": typeof types.LayoutDataFragmentDoc,
    "\n  query Layout {\n    ...LayoutData\n  }\n": typeof types.LayoutDocument,
    "\n  query Legal {\n    ...LayoutData\n    legalMunicipality: municipality {\n      siren\n      legal {\n        publisherName\n        publisherAddress\n        publisherPhone\n        publisherEmail\n        publicationDirector\n        hostName\n        hostAddress\n        hostPhone\n        dpoName\n        dpoEmail\n        dpoAddress\n        accessibilityConformity\n        accessibilityScore\n        accessibilityAuditDate\n        accessibilityAuditor\n        accessibilityNonCompliances\n        accessibilityDerogations\n        accessibilityContactEmail\n        accessibilityStatementDate\n      }\n    }\n  }\n": typeof types.LegalDocument,
    "\n  fragment MapSettings on Query {\n    municipality {\n      map {\n        tileUrlTemplate\n        attribution\n        minZoom\n        maxZoom\n        boundsMarginMeters\n      }\n      bounds {\n        south\n        west\n        north\n        east\n      }\n    }\n  }\n": typeof types.MapSettingsFragmentDoc,
    "\n  fragment MyProposalItem on Proposal {\n    id\n    title\n    status\n    editable\n    hidden\n    supportCount\n    supportThreshold\n    createdAt\n    publishedAt\n  }\n": typeof types.MyProposalItemFragmentDoc,
    "\n  query MyProposals($after: String) {\n    ...LayoutData\n    myProposals(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MyProposalItem\n        }\n      }\n    }\n  }\n": typeof types.MyProposalsDocument,
    "\n  query MySupports($after: String) {\n    ...LayoutData\n    mySupports(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MyProposalItem\n        }\n      }\n    }\n  }\n": typeof types.MySupportsDocument,
    "\n  fragment ProposalFormOptions on Query {\n    consultation(id: $consultationId) {\n      id\n      title\n      currentPhase\n      phases {\n        kind\n        startsAt\n        endsAt\n      }\n      categories {\n        id\n        name\n      }\n    }\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProposalFormOptionsFragmentDoc,
    "\n  query NewProposal($consultationId: ID!) {\n    ...LayoutData\n    ...ProposalFormOptions\n  }\n": typeof types.NewProposalDocument,
    "\n  query EditedProposal($id: ID!) {\n    me {\n      id\n    }\n    proposal(id: $id) {\n      id\n      author {\n        id\n      }\n      consultationId\n      title\n      body\n      status\n      editable\n      supportCount\n      category {\n        id\n      }\n      districtId\n      address\n    }\n  }\n": typeof types.EditedProposalDocument,
    "\n  query PreviewProposalBody($body: String!) {\n    previewProposalBody(body: $body)\n  }\n": typeof types.PreviewProposalBodyDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitProposalDocument,
    "\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateProposalDocument,
    "\n  mutation PublishProposal($id: ID!) {\n    publishProposal(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PublishProposalDocument,
    "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawProposalDocument,
    "\n  fragment ProposalCard on Proposal {\n    id\n    title\n    body\n    status\n    supportCount\n    thresholdReached\n    author {\n      displayName\n    }\n  }\n": typeof types.ProposalCardFragmentDoc,
    "\n  query Proposals(\n    $consultationId: ID!\n    $filter: ProposalFilterInput\n    $orderBy: ProposalOrder!\n    $seed: Float\n    $after: String\n  ) {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    consultation(id: $consultationId) {\n      id\n      title\n      supportThreshold\n      categories {\n        id\n        name\n      }\n    }\n    proposals(\n      consultationId: $consultationId\n      filter: $filter\n      orderBy: $orderBy\n      seed: $seed\n      after: $after\n      first: 20\n    ) {\n      totalCount\n      edges {\n        node {\n          ...ProposalCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProposalsDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    bodyHtml\n    createdAt\n    author {\n      displayName\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  query Proposal($id: ID!, $commentOrder: CommentOrder!, $after: String, $signedIn: Boolean!) {\n    ...LayoutData\n    viewer: me @include(if: $signedIn) {\n      id\n    }\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    proposal(id: $id) {\n      id\n      title\n      bodyHtml\n      status\n      address\n      districtId\n      createdAt\n      publishedAt\n      supportCount\n      supportThreshold\n      thresholdReached\n      supportedByMe\n      editable\n      hidden\n      withdrawalReason\n      category {\n        name\n      }\n      author {\n        id\n        displayName\n      }\n      answer {\n        status\n        answerHtml\n        publishedAt\n      }\n      consultation {\n        id\n        title\n        currentPhase\n        supportLimit\n        population\n        minAge\n        maxAge\n        phases {\n          kind\n          startsAt\n          endsAt\n        }\n      }\n    }\n    comments(proposalId: $id, orderBy: $commentOrder, after: $after, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...CommentFields\n          replies {\n            ...CommentFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProposalDocument,
    "\n  query ProposalConsultation($id: ID!) {\n    ...LayoutData\n    proposal(id: $id) {\n      id\n      title\n      consultationId\n    }\n  }\n": typeof types.ProposalConsultationDocument,
    "\n  mutation SupportProposal($id: ID!) {\n    supportProposal(proposalId: $id) {\n      id\n    }\n  }\n": typeof types.SupportProposalDocument,
    "\n  mutation WithdrawSupport($id: ID!) {\n    withdrawSupport(proposalId: $id) {\n      id\n    }\n  }\n": typeof types.WithdrawSupportDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input)\n  }\n": typeof types.ReportContentDocument,
    "\n  query NewReport {\n    ...LayoutData\n    ...MapSettings\n    municipality {\n      inseeCode\n    }\n    reportCategories {\n      code\n      name\n      description\n      group\n      attributes {\n        code\n        datatype\n        required\n        order\n        description\n        datatypeDescription\n        values {\n          key\n          name\n        }\n      }\n    }\n  }\n": typeof types.NewReportDocument,
    "\n  query NearbySameCategory($latitude: Float!, $longitude: Float!, $categoryCode: String!) {\n    nearbyReports(\n      latitude: $latitude\n      longitude: $longitude\n      categoryCode: $categoryCode\n      radiusMeters: 250\n      limit: 10\n    ) {\n      id\n      description\n      address\n      status\n      distanceMeters\n      createdAt\n    }\n  }\n": typeof types.NearbySameCategoryDocument,
    "\n  mutation SubmitIssueReport($input: SubmitIssueReportInput!) {\n    submitIssueReport(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitIssueReportDocument,
    "\n  query IssueReportPage($id: ID!) {\n    ...LayoutData\n    issueReport(id: $id) {\n      id\n      description\n      latitude\n      longitude\n      address\n      districtName\n      status\n      attributes\n      createdAt\n      updatedAt\n      followedByMe\n      category {\n        code\n        name\n        attributes {\n          code\n          description\n          datatype\n          values {\n            key\n            name\n          }\n        }\n      }\n      photos {\n        id\n        url\n        width\n        height\n      }\n      updates {\n        id\n        status\n        note\n        createdAt\n      }\n    }\n  }\n": typeof types.IssueReportPageDocument,
    "\n  fragment ReportListItem on IssueReport {\n    id\n    description\n    address\n    latitude\n    longitude\n    districtName\n    status\n    createdAt\n    distanceMeters\n    category {\n      code\n      name\n    }\n  }\n": typeof types.ReportListItemFragmentDoc,
    "\n  query IssueReports(\n    $categoryCodes: [String!]\n    $statuses: [IssueReportStatus!]\n    $districtId: ID\n    $near: NearPointInput\n    $after: String\n  ) {\n    ...LayoutData\n    ...MapSettings\n    reportCategories {\n      code\n      name\n      group\n    }\n    municipality {\n      inseeCode\n      districts {\n        id\n        name\n      }\n    }\n    issueReports(\n      first: 20\n      after: $after\n      categoryCodes: $categoryCodes\n      statuses: $statuses\n      districtId: $districtId\n      near: $near\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ReportListItem\n        }\n      }\n    }\n  }\n": typeof types.IssueReportsDocument,
    "\n  query IssueReportGroups(\n    $categoryCodes: [String!]\n    $statuses: [IssueReportStatus!]\n    $districtId: ID\n    $near: NearPointInput\n    $box: BoundingBoxInput\n  ) {\n    issueReportGroups(\n      categoryCodes: $categoryCodes\n      statuses: $statuses\n      districtId: $districtId\n      near: $near\n      box: $box\n      divisions: 6\n    ) {\n      count\n      latitude\n      longitude\n      south\n      west\n      north\n      east\n    }\n  }\n": typeof types.IssueReportGroupsDocument,
    "\n  query MyIssueReports {\n    ...LayoutData\n    myReports {\n      ...ReportListItem\n    }\n  }\n": typeof types.MyIssueReportsDocument,
    "\n  mutation FollowIssueReport($input: FollowIssueReportInput!) {\n    followIssueReport(input: $input)\n  }\n": typeof types.FollowIssueReportDocument,
    "\n  mutation UnfollowIssueReport($input: UnfollowIssueReportInput!) {\n    unfollowIssueReport(input: $input)\n  }\n": typeof types.UnfollowIssueReportDocument,
    "\n  query GeocodeBias {\n    municipality {\n      inseeCode\n      bounds {\n        south\n        west\n        north\n        east\n      }\n    }\n  }\n": typeof types.GeocodeBiasDocument,
    "\n  query Search($query: String!, $after: String) {\n    ...LayoutData\n    searchProposals(query: $query, first: 20, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          publishedAt\n          supportCount\n          author {\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query StaffAccounts($search: String, $after: String) {\n    ...LayoutData\n    me {\n      id\n    }\n    accounts(search: $search, after: $after, first: 25) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          email\n          role\n          verified\n          blocked\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.StaffAccountsDocument,
    "\n  mutation StaffSetAccountRole($input: SetAccountRoleInput!) {\n    setAccountRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.StaffSetAccountRoleDocument,
    "\n  query StaffApiKeys {\n    ...LayoutData\n    open311ApiKeys {\n      id\n      name\n      createdAt\n      revokedAt\n    }\n  }\n": typeof types.StaffApiKeysDocument,
    "\n  mutation StaffCreateApiKey($input: CreateOpen311ApiKeyInput!) {\n    createOpen311ApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StaffCreateApiKeyDocument,
    "\n  mutation StaffRevokeApiKey($input: RevokeOpen311ApiKeyInput!) {\n    revokeOpen311ApiKey(input: $input) {\n      id\n    }\n  }\n": typeof types.StaffRevokeApiKeyDocument,
    "\n  query StaffOpenData {\n    ...LayoutData\n    auditLog(action: \"open-data.export-request\", first: 10) {\n      edges {\n        node {\n          sequence\n          occurredAt\n          subjectId\n          payload\n        }\n      }\n    }\n  }\n": typeof types.StaffOpenDataDocument,
    "\n  query StaffExportJob($id: ID!) {\n    ...LayoutData\n    exportJob(id: $id) {\n      id\n      dataset\n      format\n      status\n      progress\n      publishedFiles\n      error\n      requestedAt\n      finishedAt\n    }\n  }\n": typeof types.StaffExportJobDocument,
    "\n  mutation StaffRequestExport($input: RequestExportInput!) {\n    requestExport(input: $input) {\n      id\n    }\n  }\n": typeof types.StaffRequestExportDocument,
    "\n  query StaffAuditLog($action: String, $after: String, $verify: Boolean!) {\n    ...LayoutData\n    auditChainStatus @include(if: $verify) {\n      intact\n      checkedEntries\n      brokenAtSequence\n      reason\n      checkedAt\n    }\n    auditHead {\n      sequence\n      hash\n    }\n    auditLog(action: $action, after: $after, first: 50) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          sequence\n          occurredAt\n          action\n          actorKind\n          subjectType\n          subjectId\n          isPublic\n          hash\n        }\n      }\n    }\n  }\n": typeof types.StaffAuditLogDocument,
    "\n  query StaffPaperBallots($id: ID!) {\n    ...LayoutData\n    budget(id: $id) {\n      ...BudgetDetails\n      paperPrecedence\n      turnout {\n        ballots\n        online\n        paper\n        setAside\n      }\n    }\n    paperBallotBatches(budgetId: $id) {\n      id\n      pollingPlace\n      status\n      accepted\n      refusedCount\n    }\n  }\n": typeof types.StaffPaperBallotsDocument,
    "\n  mutation RecordPaperSheet($input: RecordPaperBallotsInput!) {\n    recordPaperBallots(input: $input) {\n      id\n      accepted\n      refusedCount\n    }\n  }\n": typeof types.RecordPaperSheetDocument,
    "\n  mutation MarkVotedInPerson($input: MarkVotedInPersonInput!) {\n    markVotedInPerson(input: $input)\n  }\n": typeof types.MarkVotedInPersonDocument,
    "\n  query StaffPaperBatchNew($id: ID!) {\n    ...LayoutData\n    budget(id: $id) {\n      ...BudgetDetails\n      paperPrecedence\n    }\n  }\n": typeof types.StaffPaperBatchNewDocument,
    "\n  query StaffPaperBatch($id: ID!, $batchId: ID!) {\n    ...LayoutData\n    budget(id: $id) {\n      ...BudgetDetails\n      paperPrecedence\n    }\n    paperBallotBatch(id: $batchId) {\n      id\n      budgetId\n      pollingPlace\n      status\n      accepted\n      firstEntryByYou\n      refusedCount\n      differences {\n        index\n        first {\n          projectIds\n          points\n          refusalCode\n        }\n        second {\n          projectIds\n          points\n          refusalCode\n        }\n      }\n    }\n  }\n": typeof types.StaffPaperBatchDocument,
    "\n  query StaffPaperBatchSheets($batchId: ID!) {\n    paperBallotBatch(id: $batchId) {\n      id\n      sheets {\n        projectIds\n        points\n      }\n    }\n  }\n": typeof types.StaffPaperBatchSheetsDocument,
    "\n  mutation RecordPaperBatch($input: RecordPaperBallotsInput!) {\n    recordPaperBallots(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordPaperBatchDocument,
    "\n  mutation SecondPaperEntry($input: PaperBallotEntryInput!) {\n    recordPaperBallotsSecondEntry(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SecondPaperEntryDocument,
    "\n  mutation ResolvePaperBatch($input: PaperBallotEntryInput!) {\n    resolvePaperBallotBatch(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ResolvePaperBatchDocument,
    "\n  query StaffBudgets($after: String) {\n    ...LayoutData\n    budgets(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          totalAmount\n          votingOpensAt\n          votingClosesAt\n        }\n      }\n    }\n  }\n": typeof types.StaffBudgetsDocument,
    "\n  query StaffBudgetNew {\n    ...LayoutData\n    voteGroups {\n      ...VoteGroupFields\n    }\n  }\n": typeof types.StaffBudgetNewDocument,
    "\n  query StaffBudget($id: ID!) {\n    ...LayoutData\n    budget(id: $id) {\n      id\n      title\n      description\n      status\n      ballotType\n      tallyRule\n      totalAmount\n      votingOpensAt\n      votingClosesAt\n      tallyError\n      paperPrecedence\n      minProjects\n      maxProjects\n      maxPoints\n      minSpendingShare\n      population\n      minAge\n      maxAge\n      voteGroup {\n        ...VoteGroupFields\n      }\n      projects {\n        id\n        title\n        description\n        cost\n        feasibility\n        feasibilityExplanation\n        onBallot\n      }\n      result {\n        rule\n        ballotCount\n        totalCost\n        winners {\n          id\n          title\n          cost\n          votes\n        }\n        comparison {\n          rule\n          totalCost\n          winners {\n            id\n            title\n            cost\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffBudgetDocument,
    "\n  mutation StaffCreateBudget($input: CreateBudgetInput!) {\n    createBudget(input: $input) {\n      id\n    }\n  }\n": typeof types.StaffCreateBudgetDocument,
    "\n  mutation StaffAddBudgetProject($input: AddBudgetProjectInput!) {\n    addBudgetProject(input: $input) {\n      id\n    }\n  }\n": typeof types.StaffAddBudgetProjectDocument,
    "\n  mutation StaffUpdateBudgetProject($input: UpdateBudgetProjectInput!) {\n    updateBudgetProject(input: $input) {\n      id\n    }\n  }\n": typeof types.StaffUpdateBudgetProjectDocument,
    "\n  mutation StaffSetFeasibility($input: SetProjectFeasibilityInput!) {\n    setBudgetProjectFeasibility(input: $input) {\n      id\n    }\n  }\n": typeof types.StaffSetFeasibilityDocument,
    "\n  mutation StaffOpenVoting($id: ID!) {\n    openVoting(budgetId: $id) {\n      id\n    }\n  }\n": typeof types.StaffOpenVotingDocument,
    "\n  mutation StaffCloseVoting($id: ID!) {\n    closeVoting(budgetId: $id) {\n      id\n    }\n  }\n": typeof types.StaffCloseVotingDocument,
    "\n  mutation StaffRetryTally($id: ID!) {\n    retryTally(budgetId: $id) {\n      id\n    }\n  }\n": typeof types.StaffRetryTallyDocument,
    "\n  mutation StaffPublishResult($id: ID!) {\n    publishResult(budgetId: $id) {\n      id\n    }\n  }\n": typeof types.StaffPublishResultDocument,
    "\n  mutation StaffRescheduleVoting($input: RescheduleVotingInput!) {\n    rescheduleVoting(input: $input) {\n      id\n    }\n  }\n": typeof types.StaffRescheduleVotingDocument,
    "\n  query StaffVoteGroups {\n    ...LayoutData\n    voteGroups {\n      ...VoteGroupFields\n      budgets {\n        id\n        title\n      }\n    }\n  }\n": typeof types.StaffVoteGroupsDocument,
    "\n  mutation StaffCreateVoteGroup($input: CreateVoteGroupInput!) {\n    createVoteGroup(input: $input) {\n      id\n    }\n  }\n": typeof types.StaffCreateVoteGroupDocument,
    "\n  mutation StaffImportCensus($input: ImportCensusInput!) {\n    importCensus(input: $input) {\n      importId\n      added\n      alreadyPresent\n      malformed\n      refusedLines {\n        line\n        problem\n      }\n    }\n  }\n": typeof types.StaffImportCensusDocument,
    "\n  query StaffVerificationPage {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StaffVerificationPageDocument,
    "\n  query StaffAccountLookup($search: String!) {\n    accountLookup(search: $search) {\n      accounts {\n        id\n        displayName\n        emailHint\n        createdAt\n        emailConfirmed\n        blocked\n        verified\n      }\n      more\n    }\n  }\n": typeof types.StaffAccountLookupDocument,
    "\n  mutation StaffVerifyInPerson($input: VerifyResidentInPersonInput!) {\n    verifyResidentInPerson(input: $input)\n  }\n": typeof types.StaffVerifyInPersonDocument,
    "\n  query StaffConsultations($after: String) {\n    ...LayoutData\n    consultations(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          published\n          currentPhase\n          figures {\n            proposals\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffConsultationsDocument,
    "\n  query StaffConsultationNew {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StaffConsultationNewDocument,
    "\n  query StaffConsultation($id: ID!) {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    consultation(id: $id) {\n      id\n      title\n      description\n      districtId\n      published\n      currentPhase\n      supportLimit\n      supportThreshold\n      proposalLimit\n      hideThreshold\n      population\n      minAge\n      maxAge\n      phases {\n        kind\n        startsAt\n        endsAt\n      }\n      categories {\n        id\n        name\n      }\n      figures {\n        proposals\n      }\n    }\n  }\n": typeof types.StaffConsultationDocument,
    "\n  mutation StaffCreateConsultation($input: CreateConsultationInput!) {\n    createConsultation(input: $input) {\n      id\n    }\n  }\n": typeof types.StaffCreateConsultationDocument,
    "\n  mutation StaffUpdateConsultation($input: UpdateConsultationInput!) {\n    updateConsultation(input: $input) {\n      id\n    }\n  }\n": typeof types.StaffUpdateConsultationDocument,
    "\n  mutation StaffPublishConsultation($id: ID!) {\n    publishConsultation(id: $id) {\n      id\n    }\n  }\n": typeof types.StaffPublishConsultationDocument,
    "\n  mutation StaffUnpublishConsultation($id: ID!) {\n    unpublishConsultation(id: $id) {\n      id\n    }\n  }\n": typeof types.StaffUnpublishConsultationDocument,
    "\n  query StaffDashboard($days: Int!) {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    staffDashboard(days: $days) {\n      from\n      to\n      days\n      accountsPerDay {\n        day\n        count\n      }\n      verifiedResidentsPerDay {\n        day\n        count\n      }\n      proposalsPerDay {\n        day\n        count\n      }\n      supportsPerDay {\n        day\n        count\n      }\n      ballotsPerDay {\n        day\n        count\n      }\n      turnoutByBudget {\n        budgetId\n        title\n        districtId\n        status\n        votingClosesAt\n        ballots\n        verifiedResidents\n        share\n      }\n      reportsByStatus {\n        status\n        count\n      }\n      reportsByCategory {\n        categoryCode\n        categoryName\n        count\n        fixed\n        medianDaysToFix\n      }\n    }\n  }\n": typeof types.StaffDashboardDocument,
    "\n  query StaffModerationQueue($hidden: Boolean, $after: String) {\n    ...LayoutData\n    moderationQueue(hidden: $hidden, after: $after, first: 20) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          targetType\n          targetId\n          excerpt\n          hidden\n          pendingReview\n          reviewedAt\n          reportCount\n          reportsFromNewAccounts\n          reasons {\n            reason\n            count\n          }\n          reports {\n            reason\n            details\n            reportedAt\n            fromNewAccount\n          }\n          history {\n            action\n            reason\n            decidedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffModerationQueueDocument,
    "\n  mutation StaffHideContent($id: ID!, $reason: String) {\n    hideContent(moderationId: $id, reason: $reason)\n  }\n": typeof types.StaffHideContentDocument,
    "\n  mutation StaffRestoreContent($id: ID!, $reason: String) {\n    restoreContent(moderationId: $id, reason: $reason)\n  }\n": typeof types.StaffRestoreContentDocument,
    "\n  mutation StaffDismissReports($id: ID!, $reason: String) {\n    dismissReports(moderationId: $id, reason: $reason)\n  }\n": typeof types.StaffDismissReportsDocument,
    "\n  mutation StaffBlockAuthor($id: ID!, $reason: String) {\n    blockAuthor(moderationId: $id, reason: $reason)\n  }\n": typeof types.StaffBlockAuthorDocument,
    "\n  query StaffProposals($consultationId: ID!, $filter: ProposalFilterInput, $after: String) {\n    ...LayoutData\n    consultation(id: $consultationId) {\n      id\n      title\n      supportThreshold\n    }\n    proposals(consultationId: $consultationId, filter: $filter, orderBy: MOST_SUPPORTED, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          supportCount\n          thresholdReached\n          answer {\n            status\n            published\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffProposalsDocument,
    "\n  query StaffProposal($id: ID!) {\n    ...LayoutData\n    proposal(id: $id) {\n      id\n      consultationId\n      title\n      body\n      bodyHtml\n      status\n      supportCount\n      supportThreshold\n      thresholdReached\n      hidden\n      districtId\n      address\n      publishedAt\n      category {\n        name\n      }\n      author {\n        displayName\n      }\n      answer {\n        status\n        answer\n        answerHtml\n        published\n        publishedAt\n      }\n    }\n    draftBudgets: budgets(status: DRAFT, first: 50) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n        }\n      }\n    }\n  }\n": typeof types.StaffProposalDocument,
    "\n  mutation StaffAnswerProposal($input: AnswerProposalInput!) {\n    answerProposal(input: $input) {\n      id\n    }\n  }\n": typeof types.StaffAnswerProposalDocument,
    "\n  mutation StaffPublishProposalAnswer($id: ID!) {\n    publishProposalAnswer(proposalId: $id) {\n      id\n    }\n  }\n": typeof types.StaffPublishProposalAnswerDocument,
    "\n  mutation StaffProposalProject($input: AddBudgetProjectInput!) {\n    addBudgetProject(input: $input) {\n      id\n      budgetId\n    }\n  }\n": typeof types.StaffProposalProjectDocument,
    "\n  query StaffReportCategories {\n    ...LayoutData\n    allReportCategories {\n      code\n      name\n      description\n      group\n      keywords\n      department\n      active\n      attributes {\n        code\n        datatype\n        required\n        order\n        description\n        values {\n          key\n          name\n        }\n      }\n    }\n  }\n": typeof types.StaffReportCategoriesDocument,
    "\n  mutation StaffUpsertReportCategory($input: UpsertReportCategoryInput!) {\n    upsertReportCategory(input: $input) {\n      code\n    }\n  }\n": typeof types.StaffUpsertReportCategoryDocument,
    "\n  query StaffTriageReports(\n    $statuses: [IssueReportStatus!]\n    $categoryCodes: [String!]\n    $districtId: ID\n    $department: String\n    $createdTo: DateTime\n    $after: String\n  ) {\n    ...LayoutData\n    ...MapSettings\n    reportCategories {\n      code\n      name\n    }\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    triageReports(\n      statuses: $statuses\n      categoryCodes: $categoryCodes\n      districtId: $districtId\n      department: $department\n      createdTo: $createdTo\n      after: $after\n      first: 25\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          description\n          address\n          latitude\n          longitude\n          status\n          department\n          districtName\n          createdAt\n          category {\n            name\n          }\n          updates {\n            note\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffTriageReportsDocument,
    "\n  mutation StaffBulkReportStatus($input: BulkUpdateIssueReportStatusInput!) {\n    bulkUpdateIssueReportStatus(input: $input) {\n      id\n    }\n  }\n": typeof types.StaffBulkReportStatusDocument,
    "\n  mutation StaffAssignReportDepartment($input: AssignReportDepartmentInput!) {\n    assignReportDepartment(input: $input) {\n      id\n    }\n  }\n": typeof types.StaffAssignReportDepartmentDocument,
    "\n  query StaffHome {\n    ...LayoutData\n    moderationQueue(first: 1) {\n      totalCount\n    }\n    hiddenContent: moderationQueue(hidden: true, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.StaffHomeDocument,
    "\n  query StaffTrackedItems($statuses: [TrackedItemStatus!], $districtId: ID, $year: Int, $after: String) {\n    ...LayoutData\n    districts: municipality {\n      districts {\n        id\n        name\n      }\n    }\n    trackedItems(statuses: $statuses, districtId: $districtId, year: $year, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          sourceType\n          status\n          progressPercent\n          districtId\n          year\n          department\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.StaffTrackedItemsDocument,
    "\n  query StaffTrackedItem($id: ID!) {\n    ...LayoutData\n    ...MapSettings\n    districts: municipality {\n      districts {\n        id\n        name\n      }\n    }\n    trackedItem(id: $id) {\n      ...TrackedItemFacts\n      latitude\n      longitude\n      updatedAt\n      ...TrackedItemRecord\n    }\n  }\n": typeof types.StaffTrackedItemDocument,
    "\n  mutation StaffUpdateTrackedItem($input: UpdateTrackedItemInput!) {\n    updateTrackedItem(input: $input) {\n      id\n    }\n  }\n": typeof types.StaffUpdateTrackedItemDocument,
    "\n  mutation StaffAddTrackedItemUpdate($input: AddTrackedItemUpdateInput!) {\n    addTrackedItemUpdate(input: $input) {\n      id\n    }\n  }\n": typeof types.StaffAddTrackedItemUpdateDocument,
    "\n  mutation StaffLinkDeliberation($input: LinkDeliberationInput!) {\n    linkDeliberation(input: $input) {\n      id\n    }\n  }\n": typeof types.StaffLinkDeliberationDocument,
    "\n  query TrackedItems($statuses: [TrackedItemStatus!], $districtId: ID, $after: String) {\n    ...LayoutData\n    ...MapSettings\n    districts: municipality {\n      districts {\n        id\n        name\n      }\n    }\n    trackedItems(statuses: $statuses, districtId: $districtId, first: 30, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          progressPercent\n          districtId\n          year\n          department\n          latitude\n          longitude\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TrackedItemsDocument,
    "\n  fragment TrackedItemRecord on TrackedItem {\n    title\n    updates {\n      id\n      body\n      occurredOn\n      status\n      progressPercent\n      photos {\n        id\n        url\n        width\n        height\n        alt\n      }\n    }\n    deliberations {\n      id\n      delibId\n      delibDate\n      objet\n      url\n      votePour\n      voteContre\n      voteAbstention\n    }\n  }\n": typeof types.TrackedItemRecordFragmentDoc,
    "\n  fragment TrackedItemFacts on TrackedItem {\n    id\n    title\n    sourceType\n    budgetId\n    districtId\n    year\n    status\n    abandonReason\n    progressPercent\n    plannedStartOn\n    plannedEndOn\n    actualStartOn\n    actualEndOn\n    committedCents\n    spentCents\n    department\n  }\n": typeof types.TrackedItemFactsFragmentDoc,
    "\n  query TrackedItem($id: ID!) {\n    ...LayoutData\n    districts: municipality {\n      districts {\n        id\n        name\n      }\n    }\n    trackedItem(id: $id) {\n      ...TrackedItemFacts\n      updatedAt\n      followedByMe\n      ...TrackedItemRecord\n    }\n  }\n": typeof types.TrackedItemDocument,
    "\n  mutation FollowTrackedItem($input: FollowTrackedItemInput!) {\n    followTrackedItem(input: $input) {\n      id\n      followedByMe\n    }\n  }\n": typeof types.FollowTrackedItemDocument,
    "\n  query MyTrackingNotifications {\n    ...LayoutData\n    myTrackingNotifications {\n      itemTitle\n      update {\n        id\n        trackedItemId\n        body\n        occurredOn\n        status\n        progressPercent\n      }\n    }\n  }\n": typeof types.MyTrackingNotificationsDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation VerifyResidency($input: VerifyResidencyInput!) {\n    verifyResidency(input: $input) {\n      verified\n    }\n  }\n": types.VerifyResidencyDocument,
    "\n  query MyAccount {\n    ...LayoutData\n    me {\n      email\n      displayName\n      verified\n    }\n    myDataExport {\n      status\n      requestedAt\n      expiresAt\n      downloadPath\n    }\n  }\n": types.MyAccountDocument,
    "\n  mutation UpdateMyAccount($input: UpdateMyAccountInput!) {\n    updateMyAccount(input: $input) {\n      displayName\n    }\n  }\n": types.UpdateMyAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestMyData {\n    requestMyData {\n      status\n    }\n  }\n": types.RequestMyDataDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n": types.DeleteMyAccountDocument,
    "\n  query MyMailPreferences {\n    ...LayoutData\n    me {\n      email\n      role\n    }\n    myMailPreferences {\n      ballots\n      reports\n      follows\n      digest\n      blocked\n    }\n  }\n": types.MyMailPreferencesDocument,
    "\n  mutation UpdateMyMailPreferences($input: UpdateMyMailPreferencesInput!) {\n    updateMyMailPreferences(input: $input) {\n      blocked\n    }\n  }\n": types.UpdateMyMailPreferencesDocument,
    "\n  query Budgets {\n    ...LayoutData\n    openBudgets: budgets(status: OPEN, first: 50) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n          ballotType\n          votingOpensAt\n          votingClosesAt\n          voteGroup {\n            ...VoteGroupFields\n          }\n        }\n      }\n    }\n    closedBudgets: budgets(status: CLOSED, first: 20) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n          votingClosesAt\n        }\n      }\n    }\n    talliedBudgets: budgets(status: TALLIED, first: 20) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n          votingClosesAt\n        }\n      }\n    }\n    publishedBudgets: budgets(status: PUBLISHED, first: 50) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n          publishedAt\n        }\n      }\n    }\n  }\n": types.BudgetsDocument,
    "\n  fragment VoteGroupFields on VoteGroup {\n    id\n    title\n    rule\n    maxBudgets\n  }\n": types.VoteGroupFieldsFragmentDoc,
    "\n  fragment BudgetProjectFields on BudgetProject {\n    id\n    title\n    description\n    cost\n    category\n    districtId\n    feasibility\n    feasibilityExplanation\n    onBallot\n  }\n": types.BudgetProjectFieldsFragmentDoc,
    "\n  fragment BudgetDetails on Budget {\n    id\n    title\n    description\n    status\n    totalAmount\n    ballotType\n    tallyRule\n    add1Completion\n    minProjects\n    maxProjects\n    maxPoints\n    minSpendingShare\n    districtId\n    votingOpensAt\n    votingClosesAt\n    publishedAt\n    population\n    minAge\n    maxAge\n    voteGroup {\n      ...VoteGroupFields\n      budgets {\n        id\n        title\n      }\n    }\n    projects {\n      ...BudgetProjectFields\n    }\n    unfeasibleProjects {\n      ...BudgetProjectFields\n    }\n  }\n": types.BudgetDetailsFragmentDoc,
    "\n  query Budget($id: ID!, $signedIn: Boolean!) {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    budget(id: $id) {\n      ...BudgetDetails\n    }\n    myBallot(budgetId: $id) @include(if: $signedIn) {\n      receipt\n      projectIds\n      ranking\n      points {\n        projectId\n        points\n      }\n    }\n  }\n": types.BudgetDocument,
    "\n  query BudgetResults($id: ID!) {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    budget(id: $id) {\n      ...BudgetDetails\n      projects {\n        id\n        votes\n      }\n      turnout {\n        ballots\n        verifiedResidents\n        censusSize\n        shareOfCensus\n        shareOfVerified\n      }\n      turnoutByDistrict {\n        districtId\n        ballots\n        verifiedResidents\n        censusSize\n        shareOfCensus\n        shareOfVerified\n      }\n      result {\n        rule\n        add1Completion\n        ballotCount\n        totalCost\n        computedAt\n        ballotsDigest\n        ballotsMerkleRoot\n        winners {\n          id\n        }\n        comparison {\n          rule\n          totalCost\n          winners {\n            id\n          }\n          explanation {\n            ...RuleExplanationDetails\n          }\n        }\n        explanation {\n          ...RuleExplanationDetails\n        }\n      }\n    }\n    # How each winner is carried out (libs/tracking), once the worker has tracked them.\n    winnersProgress: trackedItems(budgetId: $id, first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n          progressPercent\n        }\n      }\n    }\n  }\n": types.BudgetResultsDocument,
    "\n  query BudgetRecount($id: ID!) {\n    ...LayoutData\n    budget(id: $id) {\n      id\n      title\n      status\n      ballotType\n      totalAmount\n      result {\n        rule\n        add1Completion\n        minProjectScore\n        tieBreakSeed\n        equalSharesComparison {\n          criterion\n        }\n        ballotCount\n        totalCost\n        ballotsDigest\n        ballotsMerkleRoot\n        auditHead {\n          sequence\n          hash\n        }\n        winners {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.BudgetRecountDocument,
    "\n  fragment RuleExplanationDetails on RuleExplanation {\n    figures {\n      votersWithFunded\n      shareWithFunded\n      averageFunded\n    }\n    equalShares {\n      perVoterBudget\n      add1Increment\n      rounds\n      projects {\n        project {\n          id\n        }\n        outcome\n        round\n        supportersHeld\n        maxPayment\n        effectiveVotes\n        payments {\n          amount\n          voters\n          paidAll\n        }\n        droppedAtRound\n        effectiveSupport\n      }\n    }\n    greedy {\n      project {\n        id\n      }\n      funded\n      position\n      moneyLeft\n      takenBy {\n        id\n      }\n    }\n  }\n": types.RuleExplanationDetailsFragmentDoc,
    "\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      receipt\n    }\n  }\n": types.CastBallotDocument,
    "\n  query ReceiptCheck($receipt: String!) {\n    ...LayoutData\n    ballotReceipt(receipt: $receipt) {\n      budgetId\n      ballotLine\n      leafIndex\n      treeSize\n      proof\n      merkleRoot\n      ballot {\n        projectIds\n        ranking\n        points {\n          projectId\n          points\n        }\n      }\n    }\n  }\n": types.ReceiptCheckDocument,
    "\n  query ReceiptBudget($id: ID!) {\n    budget(id: $id) {\n      id\n      title\n      projects {\n        id\n        title\n      }\n    }\n  }\n": types.ReceiptBudgetDocument,
    "\n  fragment ConsultationSummary on Consultation {\n    id\n    title\n    districtId\n    currentPhase\n    phases {\n      kind\n      startsAt\n      endsAt\n    }\n    figures {\n      proposals\n      supports\n      participants\n    }\n  }\n": types.ConsultationSummaryFragmentDoc,
    "\n  query Consultations {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    consultations(first: 100) {\n      totalCount\n      edges {\n        node {\n          ...ConsultationSummary\n        }\n      }\n    }\n  }\n": types.ConsultationsDocument,
    "\n  query Consultation($id: ID!) {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    consultation(id: $id) {\n      ...ConsultationSummary\n      descriptionHtml\n      published\n      supportLimit\n      supportThreshold\n      population\n      minAge\n      maxAge\n      categories {\n        id\n        name\n      }\n    }\n  }\n": types.ConsultationDocument,
    "\n  query Home {\n    ...LayoutData\n    consultations(first: 20) {\n      edges {\n        node {\n          id\n          title\n          currentPhase\n          phases {\n            kind\n            endsAt\n          }\n        }\n      }\n    }\n    openBudgets: budgets(status: OPEN, first: 10) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n          votingClosesAt\n        }\n      }\n    }\n    publishedBudgets: budgets(status: PUBLISHED, first: 5) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n          publishedAt\n          turnout {\n            ballots\n          }\n        }\n      }\n    }\n    issueReports(first: 5) {\n      edges {\n        node {\n          id\n          status\n          address\n          districtName\n          createdAt\n          category {\n            name\n          }\n        }\n      }\n    }\n    keyFigures {\n      participants\n      proposals\n      supports\n      ballots\n      issueReports\n      fixedIssueReports\n    }\n  }\n": types.HomeDocument,
    "\n  fragment LayoutData on Query {\n    me {\n      displayName\n      role\n      verified\n    }\n    municipality {\n      name\n      primaryColor\n      logoUrl\n      legal {\n        accessibilityConformity\n      }\n    }\n  }\n": types.LayoutDataFragmentDoc,
    "\n  query Layout {\n    ...LayoutData\n  }\n": types.LayoutDocument,
    "\n  query Legal {\n    ...LayoutData\n    legalMunicipality: municipality {\n      siren\n      legal {\n        publisherName\n        publisherAddress\n        publisherPhone\n        publisherEmail\n        publicationDirector\n        hostName\n        hostAddress\n        hostPhone\n        dpoName\n        dpoEmail\n        dpoAddress\n        accessibilityConformity\n        accessibilityScore\n        accessibilityAuditDate\n        accessibilityAuditor\n        accessibilityNonCompliances\n        accessibilityDerogations\n        accessibilityContactEmail\n        accessibilityStatementDate\n      }\n    }\n  }\n": types.LegalDocument,
    "\n  fragment MapSettings on Query {\n    municipality {\n      map {\n        tileUrlTemplate\n        attribution\n        minZoom\n        maxZoom\n        boundsMarginMeters\n      }\n      bounds {\n        south\n        west\n        north\n        east\n      }\n    }\n  }\n": types.MapSettingsFragmentDoc,
    "\n  fragment MyProposalItem on Proposal {\n    id\n    title\n    status\n    editable\n    hidden\n    supportCount\n    supportThreshold\n    createdAt\n    publishedAt\n  }\n": types.MyProposalItemFragmentDoc,
    "\n  query MyProposals($after: String) {\n    ...LayoutData\n    myProposals(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MyProposalItem\n        }\n      }\n    }\n  }\n": types.MyProposalsDocument,
    "\n  query MySupports($after: String) {\n    ...LayoutData\n    mySupports(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MyProposalItem\n        }\n      }\n    }\n  }\n": types.MySupportsDocument,
    "\n  fragment ProposalFormOptions on Query {\n    consultation(id: $consultationId) {\n      id\n      title\n      currentPhase\n      phases {\n        kind\n        startsAt\n        endsAt\n      }\n      categories {\n        id\n        name\n      }\n    }\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n  }\n": types.ProposalFormOptionsFragmentDoc,
    "\n  query NewProposal($consultationId: ID!) {\n    ...LayoutData\n    ...ProposalFormOptions\n  }\n": types.NewProposalDocument,
    "\n  query EditedProposal($id: ID!) {\n    me {\n      id\n    }\n    proposal(id: $id) {\n      id\n      author {\n        id\n      }\n      consultationId\n      title\n      body\n      status\n      editable\n      supportCount\n      category {\n        id\n      }\n      districtId\n      address\n    }\n  }\n": types.EditedProposalDocument,
    "\n  query PreviewProposalBody($body: String!) {\n    previewProposalBody(body: $body)\n  }\n": types.PreviewProposalBodyDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      id\n      status\n    }\n  }\n": types.SubmitProposalDocument,
    "\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateProposalDocument,
    "\n  mutation PublishProposal($id: ID!) {\n    publishProposal(id: $id) {\n      id\n      status\n    }\n  }\n": types.PublishProposalDocument,
    "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      id\n      status\n    }\n  }\n": types.WithdrawProposalDocument,
    "\n  fragment ProposalCard on Proposal {\n    id\n    title\n    body\n    status\n    supportCount\n    thresholdReached\n    author {\n      displayName\n    }\n  }\n": types.ProposalCardFragmentDoc,
    "\n  query Proposals(\n    $consultationId: ID!\n    $filter: ProposalFilterInput\n    $orderBy: ProposalOrder!\n    $seed: Float\n    $after: String\n  ) {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    consultation(id: $consultationId) {\n      id\n      title\n      supportThreshold\n      categories {\n        id\n        name\n      }\n    }\n    proposals(\n      consultationId: $consultationId\n      filter: $filter\n      orderBy: $orderBy\n      seed: $seed\n      after: $after\n      first: 20\n    ) {\n      totalCount\n      edges {\n        node {\n          ...ProposalCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProposalsDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    bodyHtml\n    createdAt\n    author {\n      displayName\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  query Proposal($id: ID!, $commentOrder: CommentOrder!, $after: String, $signedIn: Boolean!) {\n    ...LayoutData\n    viewer: me @include(if: $signedIn) {\n      id\n    }\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    proposal(id: $id) {\n      id\n      title\n      bodyHtml\n      status\n      address\n      districtId\n      createdAt\n      publishedAt\n      supportCount\n      supportThreshold\n      thresholdReached\n      supportedByMe\n      editable\n      hidden\n      withdrawalReason\n      category {\n        name\n      }\n      author {\n        id\n        displayName\n      }\n      answer {\n        status\n        answerHtml\n        publishedAt\n      }\n      consultation {\n        id\n        title\n        currentPhase\n        supportLimit\n        population\n        minAge\n        maxAge\n        phases {\n          kind\n          startsAt\n          endsAt\n        }\n      }\n    }\n    comments(proposalId: $id, orderBy: $commentOrder, after: $after, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...CommentFields\n          replies {\n            ...CommentFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProposalDocument,
    "\n  query ProposalConsultation($id: ID!) {\n    ...LayoutData\n    proposal(id: $id) {\n      id\n      title\n      consultationId\n    }\n  }\n": types.ProposalConsultationDocument,
    "\n  mutation SupportProposal($id: ID!) {\n    supportProposal(proposalId: $id) {\n      id\n    }\n  }\n": types.SupportProposalDocument,
    "\n  mutation WithdrawSupport($id: ID!) {\n    withdrawSupport(proposalId: $id) {\n      id\n    }\n  }\n": types.WithdrawSupportDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input)\n  }\n": types.ReportContentDocument,
    "\n  query NewReport {\n    ...LayoutData\n    ...MapSettings\n    municipality {\n      inseeCode\n    }\n    reportCategories {\n      code\n      name\n      description\n      group\n      attributes {\n        code\n        datatype\n        required\n        order\n        description\n        datatypeDescription\n        values {\n          key\n          name\n        }\n      }\n    }\n  }\n": types.NewReportDocument,
    "\n  query NearbySameCategory($latitude: Float!, $longitude: Float!, $categoryCode: String!) {\n    nearbyReports(\n      latitude: $latitude\n      longitude: $longitude\n      categoryCode: $categoryCode\n      radiusMeters: 250\n      limit: 10\n    ) {\n      id\n      description\n      address\n      status\n      distanceMeters\n      createdAt\n    }\n  }\n": types.NearbySameCategoryDocument,
    "\n  mutation SubmitIssueReport($input: SubmitIssueReportInput!) {\n    submitIssueReport(input: $input) {\n      id\n    }\n  }\n": types.SubmitIssueReportDocument,
    "\n  query IssueReportPage($id: ID!) {\n    ...LayoutData\n    issueReport(id: $id) {\n      id\n      description\n      latitude\n      longitude\n      address\n      districtName\n      status\n      attributes\n      createdAt\n      updatedAt\n      followedByMe\n      category {\n        code\n        name\n        attributes {\n          code\n          description\n          datatype\n          values {\n            key\n            name\n          }\n        }\n      }\n      photos {\n        id\n        url\n        width\n        height\n      }\n      updates {\n        id\n        status\n        note\n        createdAt\n      }\n    }\n  }\n": types.IssueReportPageDocument,
    "\n  fragment ReportListItem on IssueReport {\n    id\n    description\n    address\n    latitude\n    longitude\n    districtName\n    status\n    createdAt\n    distanceMeters\n    category {\n      code\n      name\n    }\n  }\n": types.ReportListItemFragmentDoc,
    "\n  query IssueReports(\n    $categoryCodes: [String!]\n    $statuses: [IssueReportStatus!]\n    $districtId: ID\n    $near: NearPointInput\n    $after: String\n  ) {\n    ...LayoutData\n    ...MapSettings\n    reportCategories {\n      code\n      name\n      group\n    }\n    municipality {\n      inseeCode\n      districts {\n        id\n        name\n      }\n    }\n    issueReports(\n      first: 20\n      after: $after\n      categoryCodes: $categoryCodes\n      statuses: $statuses\n      districtId: $districtId\n      near: $near\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ReportListItem\n        }\n      }\n    }\n  }\n": types.IssueReportsDocument,
    "\n  query IssueReportGroups(\n    $categoryCodes: [String!]\n    $statuses: [IssueReportStatus!]\n    $districtId: ID\n    $near: NearPointInput\n    $box: BoundingBoxInput\n  ) {\n    issueReportGroups(\n      categoryCodes: $categoryCodes\n      statuses: $statuses\n      districtId: $districtId\n      near: $near\n      box: $box\n      divisions: 6\n    ) {\n      count\n      latitude\n      longitude\n      south\n      west\n      north\n      east\n    }\n  }\n": types.IssueReportGroupsDocument,
    "\n  query MyIssueReports {\n    ...LayoutData\n    myReports {\n      ...ReportListItem\n    }\n  }\n": types.MyIssueReportsDocument,
    "\n  mutation FollowIssueReport($input: FollowIssueReportInput!) {\n    followIssueReport(input: $input)\n  }\n": types.FollowIssueReportDocument,
    "\n  mutation UnfollowIssueReport($input: UnfollowIssueReportInput!) {\n    unfollowIssueReport(input: $input)\n  }\n": types.UnfollowIssueReportDocument,
    "\n  query GeocodeBias {\n    municipality {\n      inseeCode\n      bounds {\n        south\n        west\n        north\n        east\n      }\n    }\n  }\n": types.GeocodeBiasDocument,
    "\n  query Search($query: String!, $after: String) {\n    ...LayoutData\n    searchProposals(query: $query, first: 20, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          publishedAt\n          supportCount\n          author {\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query StaffAccounts($search: String, $after: String) {\n    ...LayoutData\n    me {\n      id\n    }\n    accounts(search: $search, after: $after, first: 25) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          email\n          role\n          verified\n          blocked\n          createdAt\n        }\n      }\n    }\n  }\n": types.StaffAccountsDocument,
    "\n  mutation StaffSetAccountRole($input: SetAccountRoleInput!) {\n    setAccountRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.StaffSetAccountRoleDocument,
    "\n  query StaffApiKeys {\n    ...LayoutData\n    open311ApiKeys {\n      id\n      name\n      createdAt\n      revokedAt\n    }\n  }\n": types.StaffApiKeysDocument,
    "\n  mutation StaffCreateApiKey($input: CreateOpen311ApiKeyInput!) {\n    createOpen311ApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": types.StaffCreateApiKeyDocument,
    "\n  mutation StaffRevokeApiKey($input: RevokeOpen311ApiKeyInput!) {\n    revokeOpen311ApiKey(input: $input) {\n      id\n    }\n  }\n": types.StaffRevokeApiKeyDocument,
    "\n  query StaffOpenData {\n    ...LayoutData\n    auditLog(action: \"open-data.export-request\", first: 10) {\n      edges {\n        node {\n          sequence\n          occurredAt\n          subjectId\n          payload\n        }\n      }\n    }\n  }\n": types.StaffOpenDataDocument,
    "\n  query StaffExportJob($id: ID!) {\n    ...LayoutData\n    exportJob(id: $id) {\n      id\n      dataset\n      format\n      status\n      progress\n      publishedFiles\n      error\n      requestedAt\n      finishedAt\n    }\n  }\n": types.StaffExportJobDocument,
    "\n  mutation StaffRequestExport($input: RequestExportInput!) {\n    requestExport(input: $input) {\n      id\n    }\n  }\n": types.StaffRequestExportDocument,
    "\n  query StaffAuditLog($action: String, $after: String, $verify: Boolean!) {\n    ...LayoutData\n    auditChainStatus @include(if: $verify) {\n      intact\n      checkedEntries\n      brokenAtSequence\n      reason\n      checkedAt\n    }\n    auditHead {\n      sequence\n      hash\n    }\n    auditLog(action: $action, after: $after, first: 50) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          sequence\n          occurredAt\n          action\n          actorKind\n          subjectType\n          subjectId\n          isPublic\n          hash\n        }\n      }\n    }\n  }\n": types.StaffAuditLogDocument,
    "\n  query StaffPaperBallots($id: ID!) {\n    ...LayoutData\n    budget(id: $id) {\n      ...BudgetDetails\n      paperPrecedence\n      turnout {\n        ballots\n        online\n        paper\n        setAside\n      }\n    }\n    paperBallotBatches(budgetId: $id) {\n      id\n      pollingPlace\n      status\n      accepted\n      refusedCount\n    }\n  }\n": types.StaffPaperBallotsDocument,
    "\n  mutation RecordPaperSheet($input: RecordPaperBallotsInput!) {\n    recordPaperBallots(input: $input) {\n      id\n      accepted\n      refusedCount\n    }\n  }\n": types.RecordPaperSheetDocument,
    "\n  mutation MarkVotedInPerson($input: MarkVotedInPersonInput!) {\n    markVotedInPerson(input: $input)\n  }\n": types.MarkVotedInPersonDocument,
    "\n  query StaffPaperBatchNew($id: ID!) {\n    ...LayoutData\n    budget(id: $id) {\n      ...BudgetDetails\n      paperPrecedence\n    }\n  }\n": types.StaffPaperBatchNewDocument,
    "\n  query StaffPaperBatch($id: ID!, $batchId: ID!) {\n    ...LayoutData\n    budget(id: $id) {\n      ...BudgetDetails\n      paperPrecedence\n    }\n    paperBallotBatch(id: $batchId) {\n      id\n      budgetId\n      pollingPlace\n      status\n      accepted\n      firstEntryByYou\n      refusedCount\n      differences {\n        index\n        first {\n          projectIds\n          points\n          refusalCode\n        }\n        second {\n          projectIds\n          points\n          refusalCode\n        }\n      }\n    }\n  }\n": types.StaffPaperBatchDocument,
    "\n  query StaffPaperBatchSheets($batchId: ID!) {\n    paperBallotBatch(id: $batchId) {\n      id\n      sheets {\n        projectIds\n        points\n      }\n    }\n  }\n": types.StaffPaperBatchSheetsDocument,
    "\n  mutation RecordPaperBatch($input: RecordPaperBallotsInput!) {\n    recordPaperBallots(input: $input) {\n      id\n    }\n  }\n": types.RecordPaperBatchDocument,
    "\n  mutation SecondPaperEntry($input: PaperBallotEntryInput!) {\n    recordPaperBallotsSecondEntry(input: $input) {\n      id\n      status\n    }\n  }\n": types.SecondPaperEntryDocument,
    "\n  mutation ResolvePaperBatch($input: PaperBallotEntryInput!) {\n    resolvePaperBallotBatch(input: $input) {\n      id\n      status\n    }\n  }\n": types.ResolvePaperBatchDocument,
    "\n  query StaffBudgets($after: String) {\n    ...LayoutData\n    budgets(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          totalAmount\n          votingOpensAt\n          votingClosesAt\n        }\n      }\n    }\n  }\n": types.StaffBudgetsDocument,
    "\n  query StaffBudgetNew {\n    ...LayoutData\n    voteGroups {\n      ...VoteGroupFields\n    }\n  }\n": types.StaffBudgetNewDocument,
    "\n  query StaffBudget($id: ID!) {\n    ...LayoutData\n    budget(id: $id) {\n      id\n      title\n      description\n      status\n      ballotType\n      tallyRule\n      totalAmount\n      votingOpensAt\n      votingClosesAt\n      tallyError\n      paperPrecedence\n      minProjects\n      maxProjects\n      maxPoints\n      minSpendingShare\n      population\n      minAge\n      maxAge\n      voteGroup {\n        ...VoteGroupFields\n      }\n      projects {\n        id\n        title\n        description\n        cost\n        feasibility\n        feasibilityExplanation\n        onBallot\n      }\n      result {\n        rule\n        ballotCount\n        totalCost\n        winners {\n          id\n          title\n          cost\n          votes\n        }\n        comparison {\n          rule\n          totalCost\n          winners {\n            id\n            title\n            cost\n          }\n        }\n      }\n    }\n  }\n": types.StaffBudgetDocument,
    "\n  mutation StaffCreateBudget($input: CreateBudgetInput!) {\n    createBudget(input: $input) {\n      id\n    }\n  }\n": types.StaffCreateBudgetDocument,
    "\n  mutation StaffAddBudgetProject($input: AddBudgetProjectInput!) {\n    addBudgetProject(input: $input) {\n      id\n    }\n  }\n": types.StaffAddBudgetProjectDocument,
    "\n  mutation StaffUpdateBudgetProject($input: UpdateBudgetProjectInput!) {\n    updateBudgetProject(input: $input) {\n      id\n    }\n  }\n": types.StaffUpdateBudgetProjectDocument,
    "\n  mutation StaffSetFeasibility($input: SetProjectFeasibilityInput!) {\n    setBudgetProjectFeasibility(input: $input) {\n      id\n    }\n  }\n": types.StaffSetFeasibilityDocument,
    "\n  mutation StaffOpenVoting($id: ID!) {\n    openVoting(budgetId: $id) {\n      id\n    }\n  }\n": types.StaffOpenVotingDocument,
    "\n  mutation StaffCloseVoting($id: ID!) {\n    closeVoting(budgetId: $id) {\n      id\n    }\n  }\n": types.StaffCloseVotingDocument,
    "\n  mutation StaffRetryTally($id: ID!) {\n    retryTally(budgetId: $id) {\n      id\n    }\n  }\n": types.StaffRetryTallyDocument,
    "\n  mutation StaffPublishResult($id: ID!) {\n    publishResult(budgetId: $id) {\n      id\n    }\n  }\n": types.StaffPublishResultDocument,
    "\n  mutation StaffRescheduleVoting($input: RescheduleVotingInput!) {\n    rescheduleVoting(input: $input) {\n      id\n    }\n  }\n": types.StaffRescheduleVotingDocument,
    "\n  query StaffVoteGroups {\n    ...LayoutData\n    voteGroups {\n      ...VoteGroupFields\n      budgets {\n        id\n        title\n      }\n    }\n  }\n": types.StaffVoteGroupsDocument,
    "\n  mutation StaffCreateVoteGroup($input: CreateVoteGroupInput!) {\n    createVoteGroup(input: $input) {\n      id\n    }\n  }\n": types.StaffCreateVoteGroupDocument,
    "\n  mutation StaffImportCensus($input: ImportCensusInput!) {\n    importCensus(input: $input) {\n      importId\n      added\n      alreadyPresent\n      malformed\n      refusedLines {\n        line\n        problem\n      }\n    }\n  }\n": types.StaffImportCensusDocument,
    "\n  query StaffVerificationPage {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n  }\n": types.StaffVerificationPageDocument,
    "\n  query StaffAccountLookup($search: String!) {\n    accountLookup(search: $search) {\n      accounts {\n        id\n        displayName\n        emailHint\n        createdAt\n        emailConfirmed\n        blocked\n        verified\n      }\n      more\n    }\n  }\n": types.StaffAccountLookupDocument,
    "\n  mutation StaffVerifyInPerson($input: VerifyResidentInPersonInput!) {\n    verifyResidentInPerson(input: $input)\n  }\n": types.StaffVerifyInPersonDocument,
    "\n  query StaffConsultations($after: String) {\n    ...LayoutData\n    consultations(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          published\n          currentPhase\n          figures {\n            proposals\n          }\n        }\n      }\n    }\n  }\n": types.StaffConsultationsDocument,
    "\n  query StaffConsultationNew {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n  }\n": types.StaffConsultationNewDocument,
    "\n  query StaffConsultation($id: ID!) {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    consultation(id: $id) {\n      id\n      title\n      description\n      districtId\n      published\n      currentPhase\n      supportLimit\n      supportThreshold\n      proposalLimit\n      hideThreshold\n      population\n      minAge\n      maxAge\n      phases {\n        kind\n        startsAt\n        endsAt\n      }\n      categories {\n        id\n        name\n      }\n      figures {\n        proposals\n      }\n    }\n  }\n": types.StaffConsultationDocument,
    "\n  mutation StaffCreateConsultation($input: CreateConsultationInput!) {\n    createConsultation(input: $input) {\n      id\n    }\n  }\n": types.StaffCreateConsultationDocument,
    "\n  mutation StaffUpdateConsultation($input: UpdateConsultationInput!) {\n    updateConsultation(input: $input) {\n      id\n    }\n  }\n": types.StaffUpdateConsultationDocument,
    "\n  mutation StaffPublishConsultation($id: ID!) {\n    publishConsultation(id: $id) {\n      id\n    }\n  }\n": types.StaffPublishConsultationDocument,
    "\n  mutation StaffUnpublishConsultation($id: ID!) {\n    unpublishConsultation(id: $id) {\n      id\n    }\n  }\n": types.StaffUnpublishConsultationDocument,
    "\n  query StaffDashboard($days: Int!) {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    staffDashboard(days: $days) {\n      from\n      to\n      days\n      accountsPerDay {\n        day\n        count\n      }\n      verifiedResidentsPerDay {\n        day\n        count\n      }\n      proposalsPerDay {\n        day\n        count\n      }\n      supportsPerDay {\n        day\n        count\n      }\n      ballotsPerDay {\n        day\n        count\n      }\n      turnoutByBudget {\n        budgetId\n        title\n        districtId\n        status\n        votingClosesAt\n        ballots\n        verifiedResidents\n        share\n      }\n      reportsByStatus {\n        status\n        count\n      }\n      reportsByCategory {\n        categoryCode\n        categoryName\n        count\n        fixed\n        medianDaysToFix\n      }\n    }\n  }\n": types.StaffDashboardDocument,
    "\n  query StaffModerationQueue($hidden: Boolean, $after: String) {\n    ...LayoutData\n    moderationQueue(hidden: $hidden, after: $after, first: 20) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          targetType\n          targetId\n          excerpt\n          hidden\n          pendingReview\n          reviewedAt\n          reportCount\n          reportsFromNewAccounts\n          reasons {\n            reason\n            count\n          }\n          reports {\n            reason\n            details\n            reportedAt\n            fromNewAccount\n          }\n          history {\n            action\n            reason\n            decidedAt\n          }\n        }\n      }\n    }\n  }\n": types.StaffModerationQueueDocument,
    "\n  mutation StaffHideContent($id: ID!, $reason: String) {\n    hideContent(moderationId: $id, reason: $reason)\n  }\n": types.StaffHideContentDocument,
    "\n  mutation StaffRestoreContent($id: ID!, $reason: String) {\n    restoreContent(moderationId: $id, reason: $reason)\n  }\n": types.StaffRestoreContentDocument,
    "\n  mutation StaffDismissReports($id: ID!, $reason: String) {\n    dismissReports(moderationId: $id, reason: $reason)\n  }\n": types.StaffDismissReportsDocument,
    "\n  mutation StaffBlockAuthor($id: ID!, $reason: String) {\n    blockAuthor(moderationId: $id, reason: $reason)\n  }\n": types.StaffBlockAuthorDocument,
    "\n  query StaffProposals($consultationId: ID!, $filter: ProposalFilterInput, $after: String) {\n    ...LayoutData\n    consultation(id: $consultationId) {\n      id\n      title\n      supportThreshold\n    }\n    proposals(consultationId: $consultationId, filter: $filter, orderBy: MOST_SUPPORTED, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          supportCount\n          thresholdReached\n          answer {\n            status\n            published\n          }\n        }\n      }\n    }\n  }\n": types.StaffProposalsDocument,
    "\n  query StaffProposal($id: ID!) {\n    ...LayoutData\n    proposal(id: $id) {\n      id\n      consultationId\n      title\n      body\n      bodyHtml\n      status\n      supportCount\n      supportThreshold\n      thresholdReached\n      hidden\n      districtId\n      address\n      publishedAt\n      category {\n        name\n      }\n      author {\n        displayName\n      }\n      answer {\n        status\n        answer\n        answerHtml\n        published\n        publishedAt\n      }\n    }\n    draftBudgets: budgets(status: DRAFT, first: 50) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n        }\n      }\n    }\n  }\n": types.StaffProposalDocument,
    "\n  mutation StaffAnswerProposal($input: AnswerProposalInput!) {\n    answerProposal(input: $input) {\n      id\n    }\n  }\n": types.StaffAnswerProposalDocument,
    "\n  mutation StaffPublishProposalAnswer($id: ID!) {\n    publishProposalAnswer(proposalId: $id) {\n      id\n    }\n  }\n": types.StaffPublishProposalAnswerDocument,
    "\n  mutation StaffProposalProject($input: AddBudgetProjectInput!) {\n    addBudgetProject(input: $input) {\n      id\n      budgetId\n    }\n  }\n": types.StaffProposalProjectDocument,
    "\n  query StaffReportCategories {\n    ...LayoutData\n    allReportCategories {\n      code\n      name\n      description\n      group\n      keywords\n      department\n      active\n      attributes {\n        code\n        datatype\n        required\n        order\n        description\n        values {\n          key\n          name\n        }\n      }\n    }\n  }\n": types.StaffReportCategoriesDocument,
    "\n  mutation StaffUpsertReportCategory($input: UpsertReportCategoryInput!) {\n    upsertReportCategory(input: $input) {\n      code\n    }\n  }\n": types.StaffUpsertReportCategoryDocument,
    "\n  query StaffTriageReports(\n    $statuses: [IssueReportStatus!]\n    $categoryCodes: [String!]\n    $districtId: ID\n    $department: String\n    $createdTo: DateTime\n    $after: String\n  ) {\n    ...LayoutData\n    ...MapSettings\n    reportCategories {\n      code\n      name\n    }\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    triageReports(\n      statuses: $statuses\n      categoryCodes: $categoryCodes\n      districtId: $districtId\n      department: $department\n      createdTo: $createdTo\n      after: $after\n      first: 25\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          description\n          address\n          latitude\n          longitude\n          status\n          department\n          districtName\n          createdAt\n          category {\n            name\n          }\n          updates {\n            note\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.StaffTriageReportsDocument,
    "\n  mutation StaffBulkReportStatus($input: BulkUpdateIssueReportStatusInput!) {\n    bulkUpdateIssueReportStatus(input: $input) {\n      id\n    }\n  }\n": types.StaffBulkReportStatusDocument,
    "\n  mutation StaffAssignReportDepartment($input: AssignReportDepartmentInput!) {\n    assignReportDepartment(input: $input) {\n      id\n    }\n  }\n": types.StaffAssignReportDepartmentDocument,
    "\n  query StaffHome {\n    ...LayoutData\n    moderationQueue(first: 1) {\n      totalCount\n    }\n    hiddenContent: moderationQueue(hidden: true, first: 1) {\n      totalCount\n    }\n  }\n": types.StaffHomeDocument,
    "\n  query StaffTrackedItems($statuses: [TrackedItemStatus!], $districtId: ID, $year: Int, $after: String) {\n    ...LayoutData\n    districts: municipality {\n      districts {\n        id\n        name\n      }\n    }\n    trackedItems(statuses: $statuses, districtId: $districtId, year: $year, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          sourceType\n          status\n          progressPercent\n          districtId\n          year\n          department\n          updatedAt\n        }\n      }\n    }\n  }\n": types.StaffTrackedItemsDocument,
    "\n  query StaffTrackedItem($id: ID!) {\n    ...LayoutData\n    ...MapSettings\n    districts: municipality {\n      districts {\n        id\n        name\n      }\n    }\n    trackedItem(id: $id) {\n      ...TrackedItemFacts\n      latitude\n      longitude\n      updatedAt\n      ...TrackedItemRecord\n    }\n  }\n": types.StaffTrackedItemDocument,
    "\n  mutation StaffUpdateTrackedItem($input: UpdateTrackedItemInput!) {\n    updateTrackedItem(input: $input) {\n      id\n    }\n  }\n": types.StaffUpdateTrackedItemDocument,
    "\n  mutation StaffAddTrackedItemUpdate($input: AddTrackedItemUpdateInput!) {\n    addTrackedItemUpdate(input: $input) {\n      id\n    }\n  }\n": types.StaffAddTrackedItemUpdateDocument,
    "\n  mutation StaffLinkDeliberation($input: LinkDeliberationInput!) {\n    linkDeliberation(input: $input) {\n      id\n    }\n  }\n": types.StaffLinkDeliberationDocument,
    "\n  query TrackedItems($statuses: [TrackedItemStatus!], $districtId: ID, $after: String) {\n    ...LayoutData\n    ...MapSettings\n    districts: municipality {\n      districts {\n        id\n        name\n      }\n    }\n    trackedItems(statuses: $statuses, districtId: $districtId, first: 30, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          progressPercent\n          districtId\n          year\n          department\n          latitude\n          longitude\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TrackedItemsDocument,
    "\n  fragment TrackedItemRecord on TrackedItem {\n    title\n    updates {\n      id\n      body\n      occurredOn\n      status\n      progressPercent\n      photos {\n        id\n        url\n        width\n        height\n        alt\n      }\n    }\n    deliberations {\n      id\n      delibId\n      delibDate\n      objet\n      url\n      votePour\n      voteContre\n      voteAbstention\n    }\n  }\n": types.TrackedItemRecordFragmentDoc,
    "\n  fragment TrackedItemFacts on TrackedItem {\n    id\n    title\n    sourceType\n    budgetId\n    districtId\n    year\n    status\n    abandonReason\n    progressPercent\n    plannedStartOn\n    plannedEndOn\n    actualStartOn\n    actualEndOn\n    committedCents\n    spentCents\n    department\n  }\n": types.TrackedItemFactsFragmentDoc,
    "\n  query TrackedItem($id: ID!) {\n    ...LayoutData\n    districts: municipality {\n      districts {\n        id\n        name\n      }\n    }\n    trackedItem(id: $id) {\n      ...TrackedItemFacts\n      updatedAt\n      followedByMe\n      ...TrackedItemRecord\n    }\n  }\n": types.TrackedItemDocument,
    "\n  mutation FollowTrackedItem($input: FollowTrackedItemInput!) {\n    followTrackedItem(input: $input) {\n      id\n      followedByMe\n    }\n  }\n": types.FollowTrackedItemDocument,
    "\n  query MyTrackingNotifications {\n    ...LayoutData\n    myTrackingNotifications {\n      itemTitle\n      update {\n        id\n        trackedItemId\n        body\n        occurredOn\n        status\n        progressPercent\n      }\n    }\n  }\n": types.MyTrackingNotificationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyResidency($input: VerifyResidencyInput!) {\n    verifyResidency(input: $input) {\n      verified\n    }\n  }\n"): typeof import('./graphql').VerifyResidencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccount {\n    ...LayoutData\n    me {\n      email\n      displayName\n      verified\n    }\n    myDataExport {\n      status\n      requestedAt\n      expiresAt\n      downloadPath\n    }\n  }\n"): typeof import('./graphql').MyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyAccount($input: UpdateMyAccountInput!) {\n    updateMyAccount(input: $input) {\n      displayName\n    }\n  }\n"): typeof import('./graphql').UpdateMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMyData {\n    requestMyData {\n      status\n    }\n  }\n"): typeof import('./graphql').RequestMyDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n"): typeof import('./graphql').DeleteMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMailPreferences {\n    ...LayoutData\n    me {\n      email\n      role\n    }\n    myMailPreferences {\n      ballots\n      reports\n      follows\n      digest\n      blocked\n    }\n  }\n"): typeof import('./graphql').MyMailPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyMailPreferences($input: UpdateMyMailPreferencesInput!) {\n    updateMyMailPreferences(input: $input) {\n      blocked\n    }\n  }\n"): typeof import('./graphql').UpdateMyMailPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Budgets {\n    ...LayoutData\n    openBudgets: budgets(status: OPEN, first: 50) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n          ballotType\n          votingOpensAt\n          votingClosesAt\n          voteGroup {\n            ...VoteGroupFields\n          }\n        }\n      }\n    }\n    closedBudgets: budgets(status: CLOSED, first: 20) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n          votingClosesAt\n        }\n      }\n    }\n    talliedBudgets: budgets(status: TALLIED, first: 20) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n          votingClosesAt\n        }\n      }\n    }\n    publishedBudgets: budgets(status: PUBLISHED, first: 50) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n          publishedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BudgetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoteGroupFields on VoteGroup {\n    id\n    title\n    rule\n    maxBudgets\n  }\n"): typeof import('./graphql').VoteGroupFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetProjectFields on BudgetProject {\n    id\n    title\n    description\n    cost\n    category\n    districtId\n    feasibility\n    feasibilityExplanation\n    onBallot\n  }\n"): typeof import('./graphql').BudgetProjectFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetDetails on Budget {\n    id\n    title\n    description\n    status\n    totalAmount\n    ballotType\n    tallyRule\n    add1Completion\n    minProjects\n    maxProjects\n    maxPoints\n    minSpendingShare\n    districtId\n    votingOpensAt\n    votingClosesAt\n    publishedAt\n    population\n    minAge\n    maxAge\n    voteGroup {\n      ...VoteGroupFields\n      budgets {\n        id\n        title\n      }\n    }\n    projects {\n      ...BudgetProjectFields\n    }\n    unfeasibleProjects {\n      ...BudgetProjectFields\n    }\n  }\n"): typeof import('./graphql').BudgetDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Budget($id: ID!, $signedIn: Boolean!) {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    budget(id: $id) {\n      ...BudgetDetails\n    }\n    myBallot(budgetId: $id) @include(if: $signedIn) {\n      receipt\n      projectIds\n      ranking\n      points {\n        projectId\n        points\n      }\n    }\n  }\n"): typeof import('./graphql').BudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetResults($id: ID!) {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    budget(id: $id) {\n      ...BudgetDetails\n      projects {\n        id\n        votes\n      }\n      turnout {\n        ballots\n        verifiedResidents\n        censusSize\n        shareOfCensus\n        shareOfVerified\n      }\n      turnoutByDistrict {\n        districtId\n        ballots\n        verifiedResidents\n        censusSize\n        shareOfCensus\n        shareOfVerified\n      }\n      result {\n        rule\n        add1Completion\n        ballotCount\n        totalCost\n        computedAt\n        ballotsDigest\n        ballotsMerkleRoot\n        winners {\n          id\n        }\n        comparison {\n          rule\n          totalCost\n          winners {\n            id\n          }\n          explanation {\n            ...RuleExplanationDetails\n          }\n        }\n        explanation {\n          ...RuleExplanationDetails\n        }\n      }\n    }\n    # How each winner is carried out (libs/tracking), once the worker has tracked them.\n    winnersProgress: trackedItems(budgetId: $id, first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n          progressPercent\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BudgetResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetRecount($id: ID!) {\n    ...LayoutData\n    budget(id: $id) {\n      id\n      title\n      status\n      ballotType\n      totalAmount\n      result {\n        rule\n        add1Completion\n        minProjectScore\n        tieBreakSeed\n        equalSharesComparison {\n          criterion\n        }\n        ballotCount\n        totalCost\n        ballotsDigest\n        ballotsMerkleRoot\n        auditHead {\n          sequence\n          hash\n        }\n        winners {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BudgetRecountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RuleExplanationDetails on RuleExplanation {\n    figures {\n      votersWithFunded\n      shareWithFunded\n      averageFunded\n    }\n    equalShares {\n      perVoterBudget\n      add1Increment\n      rounds\n      projects {\n        project {\n          id\n        }\n        outcome\n        round\n        supportersHeld\n        maxPayment\n        effectiveVotes\n        payments {\n          amount\n          voters\n          paidAll\n        }\n        droppedAtRound\n        effectiveSupport\n      }\n    }\n    greedy {\n      project {\n        id\n      }\n      funded\n      position\n      moneyLeft\n      takenBy {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RuleExplanationDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      receipt\n    }\n  }\n"): typeof import('./graphql').CastBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceiptCheck($receipt: String!) {\n    ...LayoutData\n    ballotReceipt(receipt: $receipt) {\n      budgetId\n      ballotLine\n      leafIndex\n      treeSize\n      proof\n      merkleRoot\n      ballot {\n        projectIds\n        ranking\n        points {\n          projectId\n          points\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReceiptCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceiptBudget($id: ID!) {\n    budget(id: $id) {\n      id\n      title\n      projects {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').ReceiptBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsultationSummary on Consultation {\n    id\n    title\n    districtId\n    currentPhase\n    phases {\n      kind\n      startsAt\n      endsAt\n    }\n    figures {\n      proposals\n      supports\n      participants\n    }\n  }\n"): typeof import('./graphql').ConsultationSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consultations {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    consultations(first: 100) {\n      totalCount\n      edges {\n        node {\n          ...ConsultationSummary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsultationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consultation($id: ID!) {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    consultation(id: $id) {\n      ...ConsultationSummary\n      descriptionHtml\n      published\n      supportLimit\n      supportThreshold\n      population\n      minAge\n      maxAge\n      categories {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    ...LayoutData\n    consultations(first: 20) {\n      edges {\n        node {\n          id\n          title\n          currentPhase\n          phases {\n            kind\n            endsAt\n          }\n        }\n      }\n    }\n    openBudgets: budgets(status: OPEN, first: 10) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n          votingClosesAt\n        }\n      }\n    }\n    publishedBudgets: budgets(status: PUBLISHED, first: 5) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n          publishedAt\n          turnout {\n            ballots\n          }\n        }\n      }\n    }\n    issueReports(first: 5) {\n      edges {\n        node {\n          id\n          status\n          address\n          districtName\n          createdAt\n          category {\n            name\n          }\n        }\n      }\n    }\n    keyFigures {\n      participants\n      proposals\n      supports\n      ballots\n      issueReports\n      fixedIssueReports\n    }\n  }\n"): typeof import('./graphql').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LayoutData on Query {\n    me {\n      displayName\n      role\n      verified\n    }\n    municipality {\n      name\n      primaryColor\n      logoUrl\n      legal {\n        accessibilityConformity\n      }\n    }\n  }\n"): typeof import('./graphql').LayoutDataFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Layout {\n    ...LayoutData\n  }\n"): typeof import('./graphql').LayoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legal {\n    ...LayoutData\n    legalMunicipality: municipality {\n      siren\n      legal {\n        publisherName\n        publisherAddress\n        publisherPhone\n        publisherEmail\n        publicationDirector\n        hostName\n        hostAddress\n        hostPhone\n        dpoName\n        dpoEmail\n        dpoAddress\n        accessibilityConformity\n        accessibilityScore\n        accessibilityAuditDate\n        accessibilityAuditor\n        accessibilityNonCompliances\n        accessibilityDerogations\n        accessibilityContactEmail\n        accessibilityStatementDate\n      }\n    }\n  }\n"): typeof import('./graphql').LegalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapSettings on Query {\n    municipality {\n      map {\n        tileUrlTemplate\n        attribution\n        minZoom\n        maxZoom\n        boundsMarginMeters\n      }\n      bounds {\n        south\n        west\n        north\n        east\n      }\n    }\n  }\n"): typeof import('./graphql').MapSettingsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyProposalItem on Proposal {\n    id\n    title\n    status\n    editable\n    hidden\n    supportCount\n    supportThreshold\n    createdAt\n    publishedAt\n  }\n"): typeof import('./graphql').MyProposalItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProposals($after: String) {\n    ...LayoutData\n    myProposals(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MyProposalItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySupports($after: String) {\n    ...LayoutData\n    mySupports(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MyProposalItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MySupportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalFormOptions on Query {\n    consultation(id: $consultationId) {\n      id\n      title\n      currentPhase\n      phases {\n        kind\n        startsAt\n        endsAt\n      }\n      categories {\n        id\n        name\n      }\n    }\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalFormOptionsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewProposal($consultationId: ID!) {\n    ...LayoutData\n    ...ProposalFormOptions\n  }\n"): typeof import('./graphql').NewProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditedProposal($id: ID!) {\n    me {\n      id\n    }\n    proposal(id: $id) {\n      id\n      author {\n        id\n      }\n      consultationId\n      title\n      body\n      status\n      editable\n      supportCount\n      category {\n        id\n      }\n      districtId\n      address\n    }\n  }\n"): typeof import('./graphql').EditedProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewProposalBody($body: String!) {\n    previewProposalBody(body: $body)\n  }\n"): typeof import('./graphql').PreviewProposalBodyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SubmitProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').UpdateProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishProposal($id: ID!) {\n    publishProposal(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PublishProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WithdrawProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalCard on Proposal {\n    id\n    title\n    body\n    status\n    supportCount\n    thresholdReached\n    author {\n      displayName\n    }\n  }\n"): typeof import('./graphql').ProposalCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposals(\n    $consultationId: ID!\n    $filter: ProposalFilterInput\n    $orderBy: ProposalOrder!\n    $seed: Float\n    $after: String\n  ) {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    consultation(id: $consultationId) {\n      id\n      title\n      supportThreshold\n      categories {\n        id\n        name\n      }\n    }\n    proposals(\n      consultationId: $consultationId\n      filter: $filter\n      orderBy: $orderBy\n      seed: $seed\n      after: $after\n      first: 20\n    ) {\n      totalCount\n      edges {\n        node {\n          ...ProposalCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    bodyHtml\n    createdAt\n    author {\n      displayName\n    }\n  }\n"): typeof import('./graphql').CommentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposal($id: ID!, $commentOrder: CommentOrder!, $after: String, $signedIn: Boolean!) {\n    ...LayoutData\n    viewer: me @include(if: $signedIn) {\n      id\n    }\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    proposal(id: $id) {\n      id\n      title\n      bodyHtml\n      status\n      address\n      districtId\n      createdAt\n      publishedAt\n      supportCount\n      supportThreshold\n      thresholdReached\n      supportedByMe\n      editable\n      hidden\n      withdrawalReason\n      category {\n        name\n      }\n      author {\n        id\n        displayName\n      }\n      answer {\n        status\n        answerHtml\n        publishedAt\n      }\n      consultation {\n        id\n        title\n        currentPhase\n        supportLimit\n        population\n        minAge\n        maxAge\n        phases {\n          kind\n          startsAt\n          endsAt\n        }\n      }\n    }\n    comments(proposalId: $id, orderBy: $commentOrder, after: $after, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...CommentFields\n          replies {\n            ...CommentFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalConsultation($id: ID!) {\n    ...LayoutData\n    proposal(id: $id) {\n      id\n      title\n      consultationId\n    }\n  }\n"): typeof import('./graphql').ProposalConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportProposal($id: ID!) {\n    supportProposal(proposalId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').SupportProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSupport($id: ID!) {\n    withdrawSupport(proposalId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').WithdrawSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input)\n  }\n"): typeof import('./graphql').ReportContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewReport {\n    ...LayoutData\n    ...MapSettings\n    municipality {\n      inseeCode\n    }\n    reportCategories {\n      code\n      name\n      description\n      group\n      attributes {\n        code\n        datatype\n        required\n        order\n        description\n        datatypeDescription\n        values {\n          key\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NewReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NearbySameCategory($latitude: Float!, $longitude: Float!, $categoryCode: String!) {\n    nearbyReports(\n      latitude: $latitude\n      longitude: $longitude\n      categoryCode: $categoryCode\n      radiusMeters: 250\n      limit: 10\n    ) {\n      id\n      description\n      address\n      status\n      distanceMeters\n      createdAt\n    }\n  }\n"): typeof import('./graphql').NearbySameCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitIssueReport($input: SubmitIssueReportInput!) {\n    submitIssueReport(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitIssueReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssueReportPage($id: ID!) {\n    ...LayoutData\n    issueReport(id: $id) {\n      id\n      description\n      latitude\n      longitude\n      address\n      districtName\n      status\n      attributes\n      createdAt\n      updatedAt\n      followedByMe\n      category {\n        code\n        name\n        attributes {\n          code\n          description\n          datatype\n          values {\n            key\n            name\n          }\n        }\n      }\n      photos {\n        id\n        url\n        width\n        height\n      }\n      updates {\n        id\n        status\n        note\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').IssueReportPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportListItem on IssueReport {\n    id\n    description\n    address\n    latitude\n    longitude\n    districtName\n    status\n    createdAt\n    distanceMeters\n    category {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').ReportListItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssueReports(\n    $categoryCodes: [String!]\n    $statuses: [IssueReportStatus!]\n    $districtId: ID\n    $near: NearPointInput\n    $after: String\n  ) {\n    ...LayoutData\n    ...MapSettings\n    reportCategories {\n      code\n      name\n      group\n    }\n    municipality {\n      inseeCode\n      districts {\n        id\n        name\n      }\n    }\n    issueReports(\n      first: 20\n      after: $after\n      categoryCodes: $categoryCodes\n      statuses: $statuses\n      districtId: $districtId\n      near: $near\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ReportListItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IssueReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssueReportGroups(\n    $categoryCodes: [String!]\n    $statuses: [IssueReportStatus!]\n    $districtId: ID\n    $near: NearPointInput\n    $box: BoundingBoxInput\n  ) {\n    issueReportGroups(\n      categoryCodes: $categoryCodes\n      statuses: $statuses\n      districtId: $districtId\n      near: $near\n      box: $box\n      divisions: 6\n    ) {\n      count\n      latitude\n      longitude\n      south\n      west\n      north\n      east\n    }\n  }\n"): typeof import('./graphql').IssueReportGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyIssueReports {\n    ...LayoutData\n    myReports {\n      ...ReportListItem\n    }\n  }\n"): typeof import('./graphql').MyIssueReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowIssueReport($input: FollowIssueReportInput!) {\n    followIssueReport(input: $input)\n  }\n"): typeof import('./graphql').FollowIssueReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowIssueReport($input: UnfollowIssueReportInput!) {\n    unfollowIssueReport(input: $input)\n  }\n"): typeof import('./graphql').UnfollowIssueReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GeocodeBias {\n    municipality {\n      inseeCode\n      bounds {\n        south\n        west\n        north\n        east\n      }\n    }\n  }\n"): typeof import('./graphql').GeocodeBiasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $after: String) {\n    ...LayoutData\n    searchProposals(query: $query, first: 20, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          publishedAt\n          supportCount\n          author {\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAccounts($search: String, $after: String) {\n    ...LayoutData\n    me {\n      id\n    }\n    accounts(search: $search, after: $after, first: 25) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          email\n          role\n          verified\n          blocked\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSetAccountRole($input: SetAccountRoleInput!) {\n    setAccountRole(input: $input) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').StaffSetAccountRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffApiKeys {\n    ...LayoutData\n    open311ApiKeys {\n      id\n      name\n      createdAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').StaffApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffCreateApiKey($input: CreateOpen311ApiKeyInput!) {\n    createOpen311ApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').StaffCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffRevokeApiKey($input: RevokeOpen311ApiKeyInput!) {\n    revokeOpen311ApiKey(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffOpenData {\n    ...LayoutData\n    auditLog(action: \"open-data.export-request\", first: 10) {\n      edges {\n        node {\n          sequence\n          occurredAt\n          subjectId\n          payload\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffOpenDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffExportJob($id: ID!) {\n    ...LayoutData\n    exportJob(id: $id) {\n      id\n      dataset\n      format\n      status\n      progress\n      publishedFiles\n      error\n      requestedAt\n      finishedAt\n    }\n  }\n"): typeof import('./graphql').StaffExportJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffRequestExport($input: RequestExportInput!) {\n    requestExport(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffRequestExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAuditLog($action: String, $after: String, $verify: Boolean!) {\n    ...LayoutData\n    auditChainStatus @include(if: $verify) {\n      intact\n      checkedEntries\n      brokenAtSequence\n      reason\n      checkedAt\n    }\n    auditHead {\n      sequence\n      hash\n    }\n    auditLog(action: $action, after: $after, first: 50) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          sequence\n          occurredAt\n          action\n          actorKind\n          subjectType\n          subjectId\n          isPublic\n          hash\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPaperBallots($id: ID!) {\n    ...LayoutData\n    budget(id: $id) {\n      ...BudgetDetails\n      paperPrecedence\n      turnout {\n        ballots\n        online\n        paper\n        setAside\n      }\n    }\n    paperBallotBatches(budgetId: $id) {\n      id\n      pollingPlace\n      status\n      accepted\n      refusedCount\n    }\n  }\n"): typeof import('./graphql').StaffPaperBallotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPaperSheet($input: RecordPaperBallotsInput!) {\n    recordPaperBallots(input: $input) {\n      id\n      accepted\n      refusedCount\n    }\n  }\n"): typeof import('./graphql').RecordPaperSheetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkVotedInPerson($input: MarkVotedInPersonInput!) {\n    markVotedInPerson(input: $input)\n  }\n"): typeof import('./graphql').MarkVotedInPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPaperBatchNew($id: ID!) {\n    ...LayoutData\n    budget(id: $id) {\n      ...BudgetDetails\n      paperPrecedence\n    }\n  }\n"): typeof import('./graphql').StaffPaperBatchNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPaperBatch($id: ID!, $batchId: ID!) {\n    ...LayoutData\n    budget(id: $id) {\n      ...BudgetDetails\n      paperPrecedence\n    }\n    paperBallotBatch(id: $batchId) {\n      id\n      budgetId\n      pollingPlace\n      status\n      accepted\n      firstEntryByYou\n      refusedCount\n      differences {\n        index\n        first {\n          projectIds\n          points\n          refusalCode\n        }\n        second {\n          projectIds\n          points\n          refusalCode\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffPaperBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPaperBatchSheets($batchId: ID!) {\n    paperBallotBatch(id: $batchId) {\n      id\n      sheets {\n        projectIds\n        points\n      }\n    }\n  }\n"): typeof import('./graphql').StaffPaperBatchSheetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPaperBatch($input: RecordPaperBallotsInput!) {\n    recordPaperBallots(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordPaperBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecondPaperEntry($input: PaperBallotEntryInput!) {\n    recordPaperBallotsSecondEntry(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SecondPaperEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolvePaperBatch($input: PaperBallotEntryInput!) {\n    resolvePaperBallotBatch(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ResolvePaperBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffBudgets($after: String) {\n    ...LayoutData\n    budgets(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          totalAmount\n          votingOpensAt\n          votingClosesAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffBudgetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffBudgetNew {\n    ...LayoutData\n    voteGroups {\n      ...VoteGroupFields\n    }\n  }\n"): typeof import('./graphql').StaffBudgetNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffBudget($id: ID!) {\n    ...LayoutData\n    budget(id: $id) {\n      id\n      title\n      description\n      status\n      ballotType\n      tallyRule\n      totalAmount\n      votingOpensAt\n      votingClosesAt\n      tallyError\n      paperPrecedence\n      minProjects\n      maxProjects\n      maxPoints\n      minSpendingShare\n      population\n      minAge\n      maxAge\n      voteGroup {\n        ...VoteGroupFields\n      }\n      projects {\n        id\n        title\n        description\n        cost\n        feasibility\n        feasibilityExplanation\n        onBallot\n      }\n      result {\n        rule\n        ballotCount\n        totalCost\n        winners {\n          id\n          title\n          cost\n          votes\n        }\n        comparison {\n          rule\n          totalCost\n          winners {\n            id\n            title\n            cost\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffCreateBudget($input: CreateBudgetInput!) {\n    createBudget(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffCreateBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAddBudgetProject($input: AddBudgetProjectInput!) {\n    addBudgetProject(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffAddBudgetProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffUpdateBudgetProject($input: UpdateBudgetProjectInput!) {\n    updateBudgetProject(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffUpdateBudgetProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSetFeasibility($input: SetProjectFeasibilityInput!) {\n    setBudgetProjectFeasibility(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffSetFeasibilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffOpenVoting($id: ID!) {\n    openVoting(budgetId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffOpenVotingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffCloseVoting($id: ID!) {\n    closeVoting(budgetId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffCloseVotingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffRetryTally($id: ID!) {\n    retryTally(budgetId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffRetryTallyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffPublishResult($id: ID!) {\n    publishResult(budgetId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffPublishResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffRescheduleVoting($input: RescheduleVotingInput!) {\n    rescheduleVoting(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffRescheduleVotingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffVoteGroups {\n    ...LayoutData\n    voteGroups {\n      ...VoteGroupFields\n      budgets {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').StaffVoteGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffCreateVoteGroup($input: CreateVoteGroupInput!) {\n    createVoteGroup(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffCreateVoteGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffImportCensus($input: ImportCensusInput!) {\n    importCensus(input: $input) {\n      importId\n      added\n      alreadyPresent\n      malformed\n      refusedLines {\n        line\n        problem\n      }\n    }\n  }\n"): typeof import('./graphql').StaffImportCensusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffVerificationPage {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').StaffVerificationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAccountLookup($search: String!) {\n    accountLookup(search: $search) {\n      accounts {\n        id\n        displayName\n        emailHint\n        createdAt\n        emailConfirmed\n        blocked\n        verified\n      }\n      more\n    }\n  }\n"): typeof import('./graphql').StaffAccountLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffVerifyInPerson($input: VerifyResidentInPersonInput!) {\n    verifyResidentInPerson(input: $input)\n  }\n"): typeof import('./graphql').StaffVerifyInPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffConsultations($after: String) {\n    ...LayoutData\n    consultations(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          published\n          currentPhase\n          figures {\n            proposals\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffConsultationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffConsultationNew {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').StaffConsultationNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffConsultation($id: ID!) {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    consultation(id: $id) {\n      id\n      title\n      description\n      districtId\n      published\n      currentPhase\n      supportLimit\n      supportThreshold\n      proposalLimit\n      hideThreshold\n      population\n      minAge\n      maxAge\n      phases {\n        kind\n        startsAt\n        endsAt\n      }\n      categories {\n        id\n        name\n      }\n      figures {\n        proposals\n      }\n    }\n  }\n"): typeof import('./graphql').StaffConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffCreateConsultation($input: CreateConsultationInput!) {\n    createConsultation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffCreateConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffUpdateConsultation($input: UpdateConsultationInput!) {\n    updateConsultation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffUpdateConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffPublishConsultation($id: ID!) {\n    publishConsultation(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffPublishConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffUnpublishConsultation($id: ID!) {\n    unpublishConsultation(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffUnpublishConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffDashboard($days: Int!) {\n    ...LayoutData\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    staffDashboard(days: $days) {\n      from\n      to\n      days\n      accountsPerDay {\n        day\n        count\n      }\n      verifiedResidentsPerDay {\n        day\n        count\n      }\n      proposalsPerDay {\n        day\n        count\n      }\n      supportsPerDay {\n        day\n        count\n      }\n      ballotsPerDay {\n        day\n        count\n      }\n      turnoutByBudget {\n        budgetId\n        title\n        districtId\n        status\n        votingClosesAt\n        ballots\n        verifiedResidents\n        share\n      }\n      reportsByStatus {\n        status\n        count\n      }\n      reportsByCategory {\n        categoryCode\n        categoryName\n        count\n        fixed\n        medianDaysToFix\n      }\n    }\n  }\n"): typeof import('./graphql').StaffDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffModerationQueue($hidden: Boolean, $after: String) {\n    ...LayoutData\n    moderationQueue(hidden: $hidden, after: $after, first: 20) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          targetType\n          targetId\n          excerpt\n          hidden\n          pendingReview\n          reviewedAt\n          reportCount\n          reportsFromNewAccounts\n          reasons {\n            reason\n            count\n          }\n          reports {\n            reason\n            details\n            reportedAt\n            fromNewAccount\n          }\n          history {\n            action\n            reason\n            decidedAt\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffModerationQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffHideContent($id: ID!, $reason: String) {\n    hideContent(moderationId: $id, reason: $reason)\n  }\n"): typeof import('./graphql').StaffHideContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffRestoreContent($id: ID!, $reason: String) {\n    restoreContent(moderationId: $id, reason: $reason)\n  }\n"): typeof import('./graphql').StaffRestoreContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffDismissReports($id: ID!, $reason: String) {\n    dismissReports(moderationId: $id, reason: $reason)\n  }\n"): typeof import('./graphql').StaffDismissReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffBlockAuthor($id: ID!, $reason: String) {\n    blockAuthor(moderationId: $id, reason: $reason)\n  }\n"): typeof import('./graphql').StaffBlockAuthorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffProposals($consultationId: ID!, $filter: ProposalFilterInput, $after: String) {\n    ...LayoutData\n    consultation(id: $consultationId) {\n      id\n      title\n      supportThreshold\n    }\n    proposals(consultationId: $consultationId, filter: $filter, orderBy: MOST_SUPPORTED, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          supportCount\n          thresholdReached\n          answer {\n            status\n            published\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffProposal($id: ID!) {\n    ...LayoutData\n    proposal(id: $id) {\n      id\n      consultationId\n      title\n      body\n      bodyHtml\n      status\n      supportCount\n      supportThreshold\n      thresholdReached\n      hidden\n      districtId\n      address\n      publishedAt\n      category {\n        name\n      }\n      author {\n        displayName\n      }\n      answer {\n        status\n        answer\n        answerHtml\n        published\n        publishedAt\n      }\n    }\n    draftBudgets: budgets(status: DRAFT, first: 50) {\n      edges {\n        node {\n          id\n          title\n          totalAmount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAnswerProposal($input: AnswerProposalInput!) {\n    answerProposal(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffAnswerProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffPublishProposalAnswer($id: ID!) {\n    publishProposalAnswer(proposalId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffPublishProposalAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffProposalProject($input: AddBudgetProjectInput!) {\n    addBudgetProject(input: $input) {\n      id\n      budgetId\n    }\n  }\n"): typeof import('./graphql').StaffProposalProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffReportCategories {\n    ...LayoutData\n    allReportCategories {\n      code\n      name\n      description\n      group\n      keywords\n      department\n      active\n      attributes {\n        code\n        datatype\n        required\n        order\n        description\n        values {\n          key\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffReportCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffUpsertReportCategory($input: UpsertReportCategoryInput!) {\n    upsertReportCategory(input: $input) {\n      code\n    }\n  }\n"): typeof import('./graphql').StaffUpsertReportCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTriageReports(\n    $statuses: [IssueReportStatus!]\n    $categoryCodes: [String!]\n    $districtId: ID\n    $department: String\n    $createdTo: DateTime\n    $after: String\n  ) {\n    ...LayoutData\n    ...MapSettings\n    reportCategories {\n      code\n      name\n    }\n    municipality {\n      districts {\n        id\n        name\n      }\n    }\n    triageReports(\n      statuses: $statuses\n      categoryCodes: $categoryCodes\n      districtId: $districtId\n      department: $department\n      createdTo: $createdTo\n      after: $after\n      first: 25\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          description\n          address\n          latitude\n          longitude\n          status\n          department\n          districtName\n          createdAt\n          category {\n            name\n          }\n          updates {\n            note\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffTriageReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffBulkReportStatus($input: BulkUpdateIssueReportStatusInput!) {\n    bulkUpdateIssueReportStatus(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffBulkReportStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAssignReportDepartment($input: AssignReportDepartmentInput!) {\n    assignReportDepartment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffAssignReportDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffHome {\n    ...LayoutData\n    moderationQueue(first: 1) {\n      totalCount\n    }\n    hiddenContent: moderationQueue(hidden: true, first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').StaffHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTrackedItems($statuses: [TrackedItemStatus!], $districtId: ID, $year: Int, $after: String) {\n    ...LayoutData\n    districts: municipality {\n      districts {\n        id\n        name\n      }\n    }\n    trackedItems(statuses: $statuses, districtId: $districtId, year: $year, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          sourceType\n          status\n          progressPercent\n          districtId\n          year\n          department\n          updatedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffTrackedItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTrackedItem($id: ID!) {\n    ...LayoutData\n    ...MapSettings\n    districts: municipality {\n      districts {\n        id\n        name\n      }\n    }\n    trackedItem(id: $id) {\n      ...TrackedItemFacts\n      latitude\n      longitude\n      updatedAt\n      ...TrackedItemRecord\n    }\n  }\n"): typeof import('./graphql').StaffTrackedItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffUpdateTrackedItem($input: UpdateTrackedItemInput!) {\n    updateTrackedItem(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffUpdateTrackedItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAddTrackedItemUpdate($input: AddTrackedItemUpdateInput!) {\n    addTrackedItemUpdate(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffAddTrackedItemUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffLinkDeliberation($input: LinkDeliberationInput!) {\n    linkDeliberation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StaffLinkDeliberationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackedItems($statuses: [TrackedItemStatus!], $districtId: ID, $after: String) {\n    ...LayoutData\n    ...MapSettings\n    districts: municipality {\n      districts {\n        id\n        name\n      }\n    }\n    trackedItems(statuses: $statuses, districtId: $districtId, first: 30, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          progressPercent\n          districtId\n          year\n          department\n          latitude\n          longitude\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').TrackedItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrackedItemRecord on TrackedItem {\n    title\n    updates {\n      id\n      body\n      occurredOn\n      status\n      progressPercent\n      photos {\n        id\n        url\n        width\n        height\n        alt\n      }\n    }\n    deliberations {\n      id\n      delibId\n      delibDate\n      objet\n      url\n      votePour\n      voteContre\n      voteAbstention\n    }\n  }\n"): typeof import('./graphql').TrackedItemRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrackedItemFacts on TrackedItem {\n    id\n    title\n    sourceType\n    budgetId\n    districtId\n    year\n    status\n    abandonReason\n    progressPercent\n    plannedStartOn\n    plannedEndOn\n    actualStartOn\n    actualEndOn\n    committedCents\n    spentCents\n    department\n  }\n"): typeof import('./graphql').TrackedItemFactsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackedItem($id: ID!) {\n    ...LayoutData\n    districts: municipality {\n      districts {\n        id\n        name\n      }\n    }\n    trackedItem(id: $id) {\n      ...TrackedItemFacts\n      updatedAt\n      followedByMe\n      ...TrackedItemRecord\n    }\n  }\n"): typeof import('./graphql').TrackedItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowTrackedItem($input: FollowTrackedItemInput!) {\n    followTrackedItem(input: $input) {\n      id\n      followedByMe\n    }\n  }\n"): typeof import('./graphql').FollowTrackedItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTrackingNotifications {\n    ...LayoutData\n    myTrackingNotifications {\n      itemTitle\n      update {\n        id\n        trackedItemId\n        body\n        occurredOn\n        status\n        progressPercent\n      }\n    }\n  }\n"): typeof import('./graphql').MyTrackingNotificationsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
