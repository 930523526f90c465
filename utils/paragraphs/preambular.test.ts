import { describe, expect, it } from 'vitest';
import { endsLikePreambular, isPreambularOpening } from './preambular';

describe('isPreambularOpening', () => {
  it.each([
    'Recalling the outcome document of the high-level meeting,',
    'Reaffirming its resolution 70/125,',
    'Deeply concerned that digital divides persist,',
    'Mindful of the role of the private sector,',
    'Bearing in mind the Tunis Agenda,',
    'Building on the achievements of the past twenty years,',
    'Taking note of the report,',
    'A. Recalling the Geneva Declaration of Principles,',
    'In view of the growing importance of data,',
  ])('accepts %s', (text) => expect(isPreambularOpening(text, null)).toBe(true));

  it.each([
    'The General Assembly,',
    'We, the Ministers and heads of delegations, held in New York on 16 and 17 December 2025,',
    'In this regard, we call on all stakeholders,',
    'Internet governance',
    'Building blocks of trust,',
  ])('rejects %s without styling', (text) => expect(isPreambularOpening(text, null)).toBe(false));

  it('takes a styled lead word as evidence for an unlisted word', () => {
    expect(isPreambularOpening('Appreciative of the work of the Commission,', false)).toBe(true);
    expect(isPreambularOpening('Cognisant of the risks,', false)).toBe(true);
    expect(isPreambularOpening('Resolute in our commitment,', false)).toBe(false);
    expect(isPreambularOpening('Resolute in our commitment,', true)).toBe(true);
  });

  it('never takes an italic operative verb for a preambular opening', () => {
    expect(isPreambularOpening('Adopts the following outcome document:', true)).toBe(false);
    expect(isPreambularOpening('Decides to convene a high-level meeting,', true)).toBe(false);
    expect(isPreambularOpening('Conscious of the need,', true)).toBe(true);
  });

  it('never takes a chapeau, styled or not', () => {
    expect(isPreambularOpening('The General Assembly,', true)).toBe(false);
    expect(isPreambularOpening('We, the Heads of State and Government,', true)).toBe(false);
  });
});

describe('isPreambularOpening in the French and Spanish versions', () => {
  it.each([
    'Rappelant sa résolution 70/125 du 16 décembre 2015,',
    'Réaffirmant l’engagement pris,',
    'Prenant note du rapport du Secrétaire général,',
    'Profondément préoccupée par la persistance des fractures numériques,',
    'Consciente du rôle du secteur privé,',
    'Compte tenu de l’importance croissante des données,',
    'Recordando su resolución 70/125, de 16 de diciembre de 2015,',
    'Reconociendo que la sociedad de la información debe estar centrada en las personas,',
    'Teniendo presente la Agenda de Túnez,',
    'Acogiendo con beneplácito el informe,',
    'Profundamente preocupada por las brechas digitales,',
    'Habida cuenta de la importancia de los datos,',
  ])('accepts %s without styling (a web page without italics)', (text) => expect(isPreambularOpening(text, null)).toBe(true));

  it.each([
    'L’Assemblée générale,',
    'La Asamblea General,',
    'Генеральная Ассамблея,',
    'Nous, chefs d’État et de gouvernement,',
  ])('never takes the chapeau %s, styled or not', (text) => {
    expect(isPreambularOpening(text, null)).toBe(false);
    expect(isPreambularOpening(text, true)).toBe(false);
  });

  it.each(['Cuando los Estados Miembros lo soliciten,', 'Pendant la période considérée,', 'Décide de convoquer une réunion,'])(
    'rejects %s without styling',
    (text) => expect(isPreambularOpening(text, null)).toBe(false),
  );
});

describe('isPreambularOpening in the Russian version', () => {
  it.each(['ссылаясь на свою резолюцию 70/125 от 16 декабря 2015 года,', 'вновь подтверждая свою резолюцию 70/1,', 'признавая важность данных,', 'будучи глубоко обеспокоена сохраняющимся цифровым разрывом,'])(
    'accepts the lower-case gerund of %s',
    (text) => expect(isPreambularOpening(text, null)).toBe(true),
  );

  it.each(['Постановляет продлить мандат Форума,', 'Генеральная Ассамблея,', 'мы, министры и главы делегаций,'])('rejects %s', (text) =>
    expect(isPreambularOpening(text, null)).toBe(false),
  );
});

describe('endsLikePreambular', () => {
  it('wants a comma or semicolon at the end', () => {
    expect(endsLikePreambular('Recalling its resolution 70/1,')).toBe(true);
    expect(endsLikePreambular('Recalling its resolution 70/1;')).toBe(true);
    expect(endsLikePreambular('Recalls its resolution 70/1.')).toBe(false);
  });
});
