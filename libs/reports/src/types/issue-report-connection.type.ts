import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@quorum/common';
import { IssueReportType } from './issue-report.type';

@ObjectType('IssueReportConnection')
export class IssueReportConnection extends ConnectionType(IssueReportType, 'IssueReport') {}
