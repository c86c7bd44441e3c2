import { defineMessages } from '../i18n/define-messages';

export const mapMessages = defineMessages(
  {
    'map.zoomIn': 'Zoomer',
    'map.zoomOut': 'Dézoomer',
    'map.pick.label': 'Carte : placez le point du problème',
    'map.pick.help':
      'Cliquez sur la carte à l’endroit du problème. Au clavier : les flèches déplacent la carte, + et - zooment, Entrée place le point au centre (marqué d’une croix). La latitude et la longitude ci-dessous se remplissent.',
    'map.pick.placed': 'Point placé : latitude {latitude}, longitude {longitude}.',
    'map.pick.marker': 'Le point choisi',
    'map.noMap': 'Je ne peux pas utiliser la carte',
    'map.list.label': 'Carte des signalements de la liste',
    'map.list.help':
      'Les mêmes signalements que la liste qui suit, numérotés comme elle ; un clic sur un numéro ouvre le signalement. Au clavier : les flèches déplacent la carte, + et - zooment ; les liens sont ceux de la liste.',
    'map.list.skip': 'Aller à la liste',
    'map.groups.label': 'Carte des signalements de la liste, comptés par secteur',
    'map.groups.help':
      'Tous les signalements de la liste, page après page, comptés par secteur. Chaque nombre est un lien vers la liste autour de ce secteur ; Tab passe de l’un à l’autre. Au clavier : les flèches déplacent la carte, + et - zooment.',
    'map.groups.one': '{count} signalement dans ce secteur : voir la liste autour',
    'map.groups.other': '{count} signalements dans ce secteur : voir la liste autour',
  },
  {
    'map.zoomIn': 'Zoom in',
    'map.zoomOut': 'Zoom out',
    'map.pick.label': 'Map: place the point of the problem',
    'map.pick.help':
      'Click the map where the problem is. With a keyboard: arrows move the map, + and - zoom, Enter places the point at the centre (marked with a cross). The latitude and longitude below are filled in.',
    'map.pick.placed': 'Point placed: latitude {latitude}, longitude {longitude}.',
    'map.pick.marker': 'The chosen point',
    'map.noMap': 'I cannot use the map',
    'map.list.label': 'Map of the reports in the list',
    'map.list.help':
      'The same reports as the list that follows, numbered as it is; a click on a number opens the report. With a keyboard: arrows move the map, + and - zoom; the links are the list’s.',
    'map.list.skip': 'Go to the list',
    'map.groups.label': 'Map of the reports in the list, counted by area',
    'map.groups.help':
      'Every report of the list, page after page, counted by area. Each number is a link to the list around that area; Tab moves from one to the next. With a keyboard: arrows move the map, + and - zoom.',
    'map.groups.one': '{count} report in this area: see the list around it',
    'map.groups.other': '{count} reports in this area: see the list around it',
  },
);
