/** Etalab Open Licence 2.0, the licence of French public-sector open data (décret 2017-638). */
export const LICENCE = {
  name: 'etalab-2.0',
  title: 'Licence Ouverte / Open Licence version 2.0',
  path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
  spdx: 'etalab-2.0',
};

export const LICENCE_TEXT = `${LICENCE.title}

These data are published under the Etalab Open Licence 2.0: you may reuse them
freely, including commercially, provided you mention their source (the producer
named in each file) and the date of their last update.

Ces données sont publiées sous la Licence Ouverte 2.0 d'Etalab : vous pouvez les
réutiliser librement, y compris commercialement, en mentionnant leur source (le
producteur indiqué dans chaque fichier) et la date de leur dernière mise à jour.

Full text / texte intégral : ${LICENCE.path}
`;
