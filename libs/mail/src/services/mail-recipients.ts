import { Injectable } from '@nestjs/common';
import { MailLocale } from '../templates/mail-content';

/** Whom an account's message goes to, read when it is sent. */
export interface MailRecipient {
  address: string;
  displayName: string;
  locale: MailLocale;
  /** Whether the owner of the address confirmed it. */
  confirmed: boolean;
}

export type MailRecipientResolver = (userId: string) => Promise<MailRecipient | null>;

/** An address a domain keeps outside accounts (an anonymous reporter's), as it stands when the message is sent. */
export interface MailContact {
  address: string;
  locale: MailLocale;
}

export type MailContactResolver = (id: string) => Promise<MailContact | null>;

/**
 * Where the sender finds an account's address: identity registers its
 * resolver at boot (this library imports no domain). Null for an account that
 * is gone or erased, or has no address of its own. Domains that keep
 * addresses of people without accounts register theirs by kind.
 */
@Injectable()
export class MailRecipients {
  private resolver?: MailRecipientResolver;
  private staffLister?: () => Promise<string[]>;
  private readonly contacts = new Map<string, MailContactResolver>();

  register(resolver: MailRecipientResolver): void {
    this.resolver = resolver;
  }

  /** Identity's list of the staff accounts (STAFF and ADMIN) that have an address: the staff digest's recipients. */
  registerStaff(lister: () => Promise<string[]>): void {
    this.staffLister = lister;
  }

  staff(): Promise<string[]> {
    if (!this.staffLister) throw new Error('No staff lister: import IdentityCoreModule where the digest is sent');
    return this.staffLister();
  }

  /** A domain's contacts of one kind, named `<kind>:<id>` in `MailTo.contact`. */
  registerContacts(kind: string, resolver: MailContactResolver): void {
    this.contacts.set(kind, resolver);
  }

  resolve(userId: string): Promise<MailRecipient | null> {
    if (!this.resolver) throw new Error('No mail recipient resolver: import IdentityCoreModule where mail is sent');
    return this.resolver(userId);
  }

  /** Null once the domain deleted the contact (a retention purge, an erasure). */
  resolveContact(contact: string): Promise<MailContact | null> {
    const separator = contact.indexOf(':');
    const resolver = this.contacts.get(contact.slice(0, separator));
    if (separator < 0 || !resolver) throw new Error(`No mail contact resolver for ${contact.slice(0, separator)}`);
    return resolver(contact.slice(separator + 1));
  }
}
