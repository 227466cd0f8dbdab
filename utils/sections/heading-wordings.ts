import type { SectionKind } from './types';

/**
 * The words CVs use for their section headings, per section kind, in English, French, German and
 * Spanish. Order matters: the first kind whose wording matches wins, so "Teaching Experience" is
 * teaching and "Research Experience" is positions.
 */
export const HEADING_WORDINGS: { kind: SectionKind; pattern: RegExp }[] = [
  {
    kind: 'students',
    pattern:
      /\b(students?|supervision|supervised|mentoring|mentees?|advising|advisees|encadrement|doctorants?|betreuung)\b/,
  },
  {
    kind: 'teaching',
    pattern:
      /\b(teaching|courses? taught|courses|lecturer|lecturing|tutor(ing)?|instructor|enseignements?|enseignant|lehre|lehrveranstaltungen|docencia|ensenanza)\b/,
  },
  {
    kind: 'talks',
    pattern:
      /\b(talks?|presentations?|seminars?|colloqui(a|um)s?|keynotes?|posters?|lectures|speaking|exposes|conferences invitees|communications|vortrage|ponencias)\b/,
  },
  { kind: 'patents', pattern: /\b(patents?|brevets?|patente)\b/ },
  {
    kind: 'publications',
    pattern:
      /\b(publications?|papers?|preprints?|articles?|proceedings|manuscripts?|books?|chapters?|monographs?|thesis|theses|dissertations?|bibliography|reports?|working papers|writings|selected works|research output|refereed|peer reviewed|veroffentlichungen|publikationen|publicaciones)\b/,
  },
  {
    kind: 'awards',
    pattern:
      /\b(awards?|honou?rs?|prizes?|fellowships?|grants?|scholarships?|distinctions?|funding|recognitions?|achievements|prix|bourses?|financements?|auszeichnungen|preise|premios|becas)\b/,
  },
  {
    kind: 'service',
    pattern:
      /\b(service|services|reviewing|reviewer|refereeing|referee for|committees?|professional activities|organi[sz]ation|organi[sz]ing|outreach|leadership|memberships?|editorial|administration|administrative|responsabilites|activites|engagement|volunteering)\b/,
  },
  {
    kind: 'skills',
    pattern:
      /\b(skills|competences|technical|programming|languages|tools|expertise|kenntnisse|sprachen|langues|habilidades|idiomas)\b/,
  },
  { kind: 'software', pattern: /\b(software|code|open source|datasets?|logiciels?)\b/ },
  {
    kind: 'education',
    pattern:
      /\b(education|educational|academic background|academic training|qualifications?|degrees?|formation|etudes|studies|ausbildung|studium|formacion|estudios|diplomes?|schooling)\b/,
  },
  {
    kind: 'positions',
    pattern:
      /\b(experiences?|employment|positions?|appointments?|work|career|internships?|jobs?|postes?|parcours|berufserfahrung|beruflicher werdegang|werdegang|experiencia|trayectoria|affiliations?)\b/,
  },
  { kind: 'references', pattern: /\b(references|referees|referenzen|referencias)\b/ },
  { kind: 'research', pattern: /\b(research|interests|recherche|forschung|investigacion)\b/ },
  { kind: 'contact', pattern: /\b(contact|address|coordonnees|kontakt)\b/ },
  {
    kind: 'about',
    pattern: /\b(about|biography|bio|profile|summary|overview|personal|resume|profil|lebenslauf|apropos)\b/,
  },
];

/** Words that qualify a heading without changing its kind ("Selected", "Recent", "Invited", "Other"). */
export const HEADING_MODIFIERS = new Set(
  (
    'selected recent invited other additional academic professional key main major current past previous ' +
    'peer reviewed refereed journal conference workshop international national and or of in the my a list ' +
    'full complete select relevant further more new older earlier research industry industrial technical ' +
    'computer programming language software honors honours grants university de et des du la le les en und ' +
    'y para und der die das w also non pre et al s'
  ).split(' '),
);
