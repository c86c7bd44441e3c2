import { defineMessages } from '../../i18n/define-messages';

export const verificationMessages = defineMessages(
  {
    'verification.title': 'Vérification en personne',
    'verification.link': 'Vérifier la résidence d’une personne venue au guichet',
    'verification.intro':
      'Pour une personne venue au guichet avec une pièce d’identité et un justificatif de domicile : retrouvez son compte, puis liez-le à son identifiant de recensement. Un identifiant ne vérifie qu’un seul compte.',
    'verification.search': 'Adresse électronique ou nom du compte',
    'verification.search.hint':
      'L’adresse exacte, ou au moins 3 lettres du nom affiché. Chaque recherche est inscrite au journal d’audit (sans ce que vous avez saisi).',
    'verification.search.submit': 'Rechercher le compte',
    'verification.search.required': 'Saisissez une adresse électronique ou un nom',
    'verification.search.invalid': 'Saisissez au moins 3 caractères, 254 au plus',
    'verification.results': 'Comptes trouvés',
    'verification.results.count':
      '{count, plural, =0 {Aucun compte ne correspond.} one {# compte correspond.} other {# comptes correspondent.}}',
    'verification.results.more': 'D’autres comptes correspondent aussi : précisez la recherche.',
    'verification.results.noneChoosable': 'Aucun de ces comptes ne peut être vérifié.',
    'verification.account': 'Compte à vérifier',
    'verification.account.details':
      'adresse {email}, compte créé le {date}{confirmed, select, yes {} other {, adresse non confirmée}}',
    'verification.account.noEmail': 'aucune',
    'verification.account.isVerified': 'déjà vérifié',
    'verification.account.isBlocked': 'bloqué',
    'verification.account.required': 'Choisissez le compte à vérifier',
    'verification.account.invalid': 'Ce compte n’existe plus : recherchez-le à nouveau',
    'verification.account.blocked': 'Ce compte est bloqué : il ne peut pas être vérifié',
    'verification.account.alreadyVerified': 'Ce compte est déjà vérifié',
    'verification.code': 'Identifiant de recensement',
    'verification.code.hint':
      'Celui de la personne, retrouvé avec elle. Une personne absente du recensement y est d’abord ajoutée par un import.',
    'verification.code.required': 'Saisissez l’identifiant de recensement de la personne',
    'verification.code.invalid': 'L’identifiant de recensement fait au plus 64 caractères',
    'verification.code.unknown': 'Cet identifiant n’est pas dans le recensement : ajoutez-le d’abord par un import',
    'verification.code.used': 'Cet identifiant vérifie déjà un autre compte : une personne n’a qu’un compte vérifié',
    'verification.district': 'Quartier de résidence',
    'verification.district.hint':
      'Seulement si le recensement n’en donne pas pour cet identifiant : celui du justificatif de domicile.',
    'verification.district.fromCensus': 'Celui du recensement',
    'verification.district.invalid': 'Choisissez un quartier de la commune',
    'verification.reason': 'Ce qui a été vérifié',
    'verification.reason.hint':
      'Par exemple : « carte d’identité et facture d’électricité vues au guichet de la mairie ». Conservé avec la vérification ; le journal d’audit n’en garde rien.',
    'verification.reason.required': 'Indiquez ce qui a été vérifié',
    'verification.reason.invalid': 'Indiquez ce qui a été vérifié en 5 à 500 caractères',
    'verification.submit': 'Vérifier la résidence',
    'verification.flash.verified': 'La résidence est vérifiée. La vérification est inscrite au journal d’audit.',
  },
  {
    'verification.title': 'In-person verification',
    'verification.link': 'Verify the residency of someone at the desk',
    'verification.intro':
      'For someone who came to the desk with an identity document and a proof of address: find their account, then bind it to their census identifier. An identifier verifies one account only.',
    'verification.search': 'Email address or account name',
    'verification.search.hint':
      'The exact address, or at least 3 letters of the display name. Each search is recorded in the audit log (without what you typed).',
    'verification.search.submit': 'Find the account',
    'verification.search.required': 'Enter an email address or a name',
    'verification.search.invalid': 'Enter at least 3 characters, at most 254',
    'verification.results': 'Accounts found',
    'verification.results.count':
      '{count, plural, =0 {No account matches.} one {# account matches.} other {# accounts match.}}',
    'verification.results.more': 'Other accounts match too: narrow the search.',
    'verification.results.noneChoosable': 'None of these accounts can be verified.',
    'verification.account': 'Account to verify',
    'verification.account.details':
      'address {email}, account created on {date}{confirmed, select, yes {} other {, address not confirmed}}',
    'verification.account.noEmail': 'none',
    'verification.account.isVerified': 'already verified',
    'verification.account.isBlocked': 'blocked',
    'verification.account.required': 'Choose the account to verify',
    'verification.account.invalid': 'This account no longer exists: search for it again',
    'verification.account.blocked': 'This account is blocked: it cannot be verified',
    'verification.account.alreadyVerified': 'This account is already verified',
    'verification.code': 'Census identifier',
    'verification.code.hint':
      'The person’s own, found with them. Someone missing from the census is added to it first, by an import.',
    'verification.code.required': 'Enter the person’s census identifier',
    'verification.code.invalid': 'A census identifier is at most 64 characters',
    'verification.code.unknown': 'This identifier is not in the census: add it first with an import',
    'verification.code.used': 'This identifier already verifies another account: one person has one verified account',
    'verification.district': 'District of residence',
    'verification.district.hint':
      'Only when the census gives none for this identifier: the one on the proof of address.',
    'verification.district.fromCensus': 'As in the census',
    'verification.district.invalid': 'Choose a district of the commune',
    'verification.reason': 'What was checked',
    'verification.reason.hint':
      'For instance: “identity card and electricity bill seen at the town hall desk”. Kept with the verification; the audit log keeps none of it.',
    'verification.reason.required': 'Say what was checked',
    'verification.reason.invalid': 'Say what was checked in 5 to 500 characters',
    'verification.submit': 'Verify residency',
    'verification.flash.verified': 'Residency verified. The verification is recorded in the audit log.',
  },
);
