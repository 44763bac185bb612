<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Notes: %1</source>
        <translation>Notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notes on the question %1</source>
        <translation>Notes sur la question «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Type an item in a cell of the board and press %1; select it to edit it here.</source>
        <translation>Saisissez une action dans une case du tableau et appuyez sur %1 ; sélectionnez-la pour la modifier ici.</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>Col&amp;umn</source>
        <translation>&amp;Colonne</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>&amp;Policy or practice</source>
        <translation>&amp;Politique ou pratique</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>Respo&amp;nsable</translation>
    </message>
    <message>
        <source>T&amp;imeframe</source>
        <translation>&amp;Échéance</translation>
    </message>
    <message>
        <source>Text of the action item</source>
        <translation>Texte de l&apos;action</translation>
    </message>
    <message>
        <source>Continue, stop or start</source>
        <translation>Continuer, arrêter ou commencer</translation>
    </message>
    <message>
        <source>Sector of the action item</source>
        <translation>Secteur de l&apos;action</translation>
    </message>
    <message>
        <source>Written policy or practice</source>
        <translation>Politique écrite ou pratique</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Qui est responsable</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Delete item (%1)</source>
        <translation>Supprimer l&apos;action (%1)</translation>
    </message>
    <message>
        <source>%1
%2 or %3: edit. %4: delete (%5 to undo).
%6 / %7: other column. %8 / %9: other sector.</source>
        <translation>%1
%2 ou %3 : modifier. %4 : supprimer (%5 pour annuler).
%6 / %7 : autre colonne. %8 / %9 : autre secteur.</translation>
    </message>
    <message>
        <source>Add… (%1)</source>
        <translation>Ajouter… (%1)</translation>
    </message>
    <message>
        <source>Action item deleted — %1 to undo</source>
        <translation>Action supprimée — %1 pour annuler</translation>
    </message>
    <message>
        <source>Delete the action item</source>
        <translation>Supprimer cette action</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add an item: %1</source>
        <translation>Ajouter une action&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AddChangeDialog</name>
    <message>
        <source>Add a change</source>
        <translation>Ajouter un changement</translation>
    </message>
    <message>
        <source>Changes of the issue&apos;s period that their partner allows to be quoted:</source>
        <translation>Changements de la période du numéro que leur association partenaire permet de citer :</translation>
    </message>
    <message>
        <source>Every change of the period that may be quoted is already in the issue.</source>
        <translation>Tous les changements de la période qui peuvent être cités sont déjà dans le numéro.</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisé</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This database is already open in another mra-desktop window: %1

Use that window, or close it first. Nothing was changed.</source>
        <translation>Cette base de données est déjà ouverte dans une autre fenêtre de mra-desktop&#xa0;: %1

Utilisez cette fenêtre, ou fermez-la d&apos;abord. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>mra-desktop</source>
        <translation>mra-desktop</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>BackupViewer</name>
    <message>
        <source>Backup of %1 (read-only)</source>
        <translation>Sauvegarde du %1 (lecture seule)</translation>
    </message>
    <message>
        <source>What the database held on %1: %2 meetings. Nothing can be changed here; to bring it back, restore the backup.</source>
        <translation>Ce que contenait la base de données le %1&#xa0;: %2 réunions. Rien ne peut être modifié ici&#xa0;; pour retrouver ces données, restaurez la sauvegarde.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This backup holds no meeting.</source>
        <translation>Cette sauvegarde ne contient aucune réunion.</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Changements (%1)</translation>
    </message>
    <message>
        <source>Chosen as the most significant change</source>
        <translation>Choisi comme le changement le plus significatif</translation>
    </message>
    <message>
        <source>Action plan (%1)</source>
        <translation>Plan d&apos;action (%1)</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>MRA&apos;s shared database is restored from the command line once everyone has closed the program: mra-desktop --db ADDRESS backup restore FILE. Nothing was changed.</source>
        <translation>La base de données partagée de MRA se restaure en ligne de commande, une fois que tout le monde a fermé le programme : mra-desktop --db ADRESSE backup restore FICHIER. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>A backup is being made; try again in a moment. Nothing was changed.</source>
        <translation>Une sauvegarde est en cours&#xa0;; réessayez dans un instant. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Some edits could not be saved yet; correct them first. Nothing was restored.</source>
        <translation>Certaines modifications n&apos;ont pas encore pu être enregistrées&#xa0;; corrigez-les d&apos;abord. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>Automatic (every 30 minutes)</source>
        <translation>Automatique (toutes les 30 minutes)</translation>
    </message>
    <message>
        <source>On closing</source>
        <translation>À la fermeture</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Faite à la main</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant un import</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Damaged database set aside</source>
        <translation>Base de données endommagée mise de côté</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s client programs (pg_dump, pg_restore) are missing or older than the server, so no backup can be made; install them. Nothing was changed.</source>
        <translation>Les programmes clients de PostgreSQL (pg_dump, pg_restore) manquent ou sont plus anciens que le serveur : aucune sauvegarde ne peut être faite ; installez-les. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup could not be made. The database is unchanged.</source>
        <translation>La sauvegarde n&apos;a pas pu être faite. La base de données n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>The backup could not be written: the disk is full or the backups folder is protected. The database is unchanged.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite&#xa0;: le disque est plein ou le dossier des sauvegardes est protégé. La base de données n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>The backup failed its integrity check and was deleted: the database may be damaged. Keep a copy of it and ask for help.</source>
        <translation>La sauvegarde n&apos;a pas passé la vérification d&apos;intégrité et a été supprimée&#xa0;: la base de données est peut-être endommagée. Gardez-en une copie et demandez de l&apos;aide.</translation>
    </message>
    <message>
        <source>There is no database to back up yet.</source>
        <translation>Il n&apos;y a pas encore de base de données à sauvegarder.</translation>
    </message>
    <message>
        <source>This file is not a backup of an mra-desktop database. Nothing was changed.</source>
        <translation>Ce fichier n&apos;est pas une sauvegarde d&apos;une base de données mra-desktop. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored. Nothing was changed.</source>
        <translation>Cette sauvegarde est endommagée et ne peut pas être restaurée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of mra-desktop; update the program to restore it. Nothing was changed.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de mra-desktop&#xa0;; mettez le programme à jour pour la restaurer. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database is in use by another program (an import, an export); wait until it ends, then try again. Nothing was changed.</source>
        <translation>La base de données est utilisée par un autre programme (un import, un export)&#xa0;; attendez qu&apos;il se termine, puis réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>The database is backed up every 30 minutes while the program is open (when something changed), when it closes, and before every import, upgrade and restore. Each backup is checked before it is kept. Everything of the last day is kept, then one backup a day for 12 days, one a week for 10 weeks and one a month for 9 months.</source>
        <translation>La base de données est sauvegardée toutes les 30 minutes tant que le programme est ouvert (quand quelque chose a changé), à sa fermeture, et avant chaque import, mise à jour et restauration. Chaque sauvegarde est vérifiée avant d&apos;être gardée. Tout ce qui date du dernier jour est gardé, puis une sauvegarde par jour pendant 12 jours, une par semaine pendant 10 semaines et une par mois pendant 9 mois.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show the &amp;folder</source>
        <translation>Afficher le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>&amp;Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Look at the meetings and changes of the selected backup</source>
        <translation>Consulter les réunions et les changements de la sauvegarde choisie</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Replace the database with the selected backup; the current database is kept as a backup first</source>
        <translation>Remplacer la base de données par la sauvegarde choisie&#xa0;; la base actuelle est d&apos;abord gardée comme sauvegarde</translation>
    </message>
    <message>
        <source>Restore from a f&amp;ile…</source>
        <translation>Restaurer depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Restore a backup kept elsewhere (a USB stick, another computer)</source>
        <translation>Restaurer une sauvegarde gardée ailleurs (une clé USB, un autre ordinateur)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Sauvegarde faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>A backup is being made; try again in a moment.</source>
        <translation>Une sauvegarde est en cours&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup of %1 (%2 meetings, %3 changes)? The database as it is now is kept as a backup first.</source>
        <translation>Remplacer tout le contenu de cette base de données par la sauvegarde du %1 (%2 réunions, %3 changements)&#xa0;? La base de données telle qu&apos;elle est maintenant est d&apos;abord gardée comme sauvegarde.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restored: the database now holds the backup of %1. The database as it was is kept as the backup of %2.</source>
        <translation>Restaurée&#xa0;: la base de données contient maintenant la sauvegarde du %1. La base telle qu&apos;elle était est gardée comme sauvegarde du %2.</translation>
    </message>
</context>
<context>
    <name>ChangeEditor</name>
    <message>
        <source>The change, precisely</source>
        <translation>Le changement, précisément</translation>
    </message>
    <message>
        <source>Capture a change (type it and press %1), then describe it here.</source>
        <translation>Notez un changement (saisissez-le et appuyez sur %1), puis décrivez-le ici.</translation>
    </message>
    <message>
        <source>Sec&amp;tor</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>Su&amp;b-theme</source>
        <translation>Sous-&amp;thème</translation>
    </message>
    <message>
        <source>Sector of the change</source>
        <translation>Secteur du changement</translation>
    </message>
    <message>
        <source>Sub-theme of the change</source>
        <translation>Sous-thème du changement</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Consent to publish</source>
        <translation>Accord pour la publication</translation>
    </message>
    <message>
        <source>May be &amp;quoted in MRA&apos;s newsletter</source>
        <translation>Peut être cité dans le b&amp;ulletin de MRA</translation>
    </message>
    <message>
        <source>The people concerned agreed that MRA may publish this change.</source>
        <translation>Les personnes concernées ont accepté que MRA publie ce changement.</translation>
    </message>
    <message>
        <source>Anon&amp;ymise</source>
        <translation>Anon&amp;ymiser</translation>
    </message>
    <message>
        <source>Names of people are left out; the place is given only as precisely as the level above.</source>
        <translation>Les noms des personnes sont retirés ; le lieu n&apos;est donné qu&apos;avec la précision du niveau ci-dessus.</translation>
    </message>
    <message>
        <source>Answers %1 of the %2 questions of the fiche</source>
        <translation>Répond à %1 des %2 questions de la fiche</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Answers %1 of the %2 questions of the fiche</source>
        <translation>Répond à %1 des %2 questions de la fiche</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Informations manquantes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Follow-up of an action item</source>
        <translation>Suivi d&apos;une action</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Fonction ou titre</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Responsible actor</source>
        <translation>Acteur responsable</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animatrices et animateurs</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>Position dans la liste</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>Sub-theme</source>
        <translation>Sous-thème</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Type de réunion</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Start of the period under review</source>
        <translation>Début de la période concernée</translation>
    </message>
    <message>
        <source>End of the period under review</source>
        <translation>Fin de la période concernée</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Protocol version</source>
        <translation>Version du protocole</translation>
    </message>
    <message>
        <source>Chosen as the most significant change</source>
        <translation>Choisi comme le changement le plus significatif</translation>
    </message>
    <message>
        <source>Why the group chose this change</source>
        <translation>Pourquoi le groupe a choisi ce changement</translation>
    </message>
    <message>
        <source>Continue, stop or start</source>
        <translation>Continuer, arrêter ou commencer</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>May be quoted in MRA&apos;s newsletter</source>
        <translation>Peut être cité dans le bulletin de MRA</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <source>The incoming version claims revision %1, far beyond this database&apos;s %2: not a series of edits. Taking it keeps the record&apos;s own numbering.</source>
        <translation>La version reçue annonce la révision %1, bien au-delà de celle de cette base (%2) : ce n&apos;est pas une suite de modifications. La prendre garde la numérotation propre de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The incoming version is older (revision %1, here %2) but says something this database never held: perhaps the partner restored a backup and corrected it.</source>
        <translation>La version reçue est plus ancienne (révision %1, ici %2) mais dit une chose que cette base n&apos;a jamais contenue : le partenaire a peut-être restauré une sauvegarde puis l&apos;a corrigée.</translation>
    </message>
    <message>
        <source>Both versions have revision %1 but say different things.</source>
        <translation>Les deux versions ont la révision %1 mais disent des choses différentes.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Open co&amp;nflicts</source>
        <translation>Co&amp;nflits en attente</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Association partenaire</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Détecté le</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This database&apos;s version</source>
        <translation>Version de cette base de données</translation>
    </message>
    <message>
        <source>Incoming version</source>
        <translation>Version reçue</translation>
    </message>
    <message>
        <source>Keep this &amp;database&apos;s version</source>
        <translation>&amp;Garder la version de cette base de données</translation>
    </message>
    <message>
        <source>&amp;Take the incoming version</source>
        <translation>&amp;Prendre la version reçue</translation>
    </message>
    <message>
        <source>No open conflicts. A conflict appears when a record was changed in two different ways; both versions are then kept until you choose one.</source>
        <translation>Aucun conflit en attente. Un conflit apparaît quand un élément a été modifié de deux façons différentes&#xa0;; les deux versions sont alors conservées jusqu&apos;à ce que vous en choisissiez une.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits en attente</translation>
    </message>
    <message>
        <source>The two versions, field by field</source>
        <translation>Les deux versions, champ par champ</translation>
    </message>
    <message>
        <source>Keep this database&apos;s version</source>
        <translation>Garder la version de cette base de données</translation>
    </message>
    <message>
        <source>Take the incoming version</source>
        <translation>Prendre la version reçue</translation>
    </message>
    <message>
        <source>The record stays as it is in this database</source>
        <translation>L&apos;élément reste tel qu&apos;il est dans cette base de données</translation>
    </message>
    <message>
        <source>The record takes the content of the file just imported</source>
        <translation>L&apos;élément prend le contenu du fichier qui vient d&apos;être importé</translation>
    </message>
    <message>
        <source>Incoming from %1, file %2</source>
        <translation>Reçu de %1, fichier %2</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>Sync files from this computer are signed with its own key. MRA enrols this computer once from its identity card; read this fingerprint to MRA by phone when they do:</source>
        <translation>Les fichiers de synchronisation de cet ordinateur sont signés avec sa propre clé. MRA enregistre cet ordinateur une fois, à partir de sa carte d&apos;identité ; lisez alors cette empreinte à MRA par téléphone :</translation>
    </message>
    <message>
        <source>Choose your organisation first: the identity card names it.</source>
        <translation>Choisissez d&apos;abord votre organisation : la carte d&apos;identité la nomme.</translation>
    </message>
    <message>
        <source>&amp;Save the identity card…</source>
        <translation>Enregistrer la &amp;carte d&apos;identité…</translation>
    </message>
    <message>
        <source>Save this computer&apos;s identity card, to send to MRA</source>
        <translation>Enregistrer la carte d&apos;identité de cet ordinateur, à envoyer à MRA</translation>
    </message>
    <message>
        <source>Save the identity card</source>
        <translation>Enregistrer la carte d&apos;identité</translation>
    </message>
    <message>
        <source>Fingerprint of this computer</source>
        <translation>Empreinte de cet ordinateur</translation>
    </message>
    <message>
        <source>Save the identity card as</source>
        <translation>Enregistrer la carte d&apos;identité sous</translation>
    </message>
    <message>
        <source>Identity cards (*.mraid)</source>
        <translation>Cartes d&apos;identité (*.mraid)</translation>
    </message>
    <message>
        <source>Saved to %1. Send it to MRA, then compare the fingerprint by phone.</source>
        <translation>Enregistrée dans %1. Envoyez-la à MRA, puis comparez l&apos;empreinte par téléphone.</translation>
    </message>
</context>
<context>
    <name>DueDiligencePage</name>
    <message>
        <source>&amp;The five obligations</source>
        <translation>Les &amp;cinq obligations</translation>
    </message>
    <message>
        <source>The five due-diligence obligations</source>
        <translation>Les cinq obligations de diligence requise</translation>
    </message>
    <message>
        <source>Changes of this meeting tagged with it: %1</source>
        <translation>Changements de cette réunion qui s&apos;y rattachent&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExportPdf</name>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>&amp;Langue du rapport</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>&amp;Enregistrer dans</translation>
    </message>
    <message>
        <source>Include the participants&apos; &amp;names</source>
        <translation>Inclure les &amp;noms des participants</translation>
    </message>
    <message>
        <source>Off: the report lists roles and institutions only, as MRA&apos;s reports do.</source>
        <translation>Décoché : le rapport ne donne que les fonctions et les institutions, comme les rapports de MRA.</translation>
    </message>
    <message>
        <source>Include the &amp;discussion notes</source>
        <translation>&amp;Inclure les notes de la discussion</translation>
    </message>
    <message>
        <source>A Discussion section with the notes taken for each question.</source>
        <translation>Une section « Discussion » avec les notes prises pour chaque question.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>The report&apos;s language; the meeting&apos;s language unless you choose</source>
        <translation>La langue du rapport&#xa0;; celle de la réunion si vous n&apos;en choisissez pas d&apos;autre</translation>
    </message>
    <message>
        <source>Include the participants&apos; names</source>
        <translation>Inclure les noms des participants</translation>
    </message>
    <message>
        <source>File to write the report to</source>
        <translation>Fichier où enregistrer le rapport</translation>
    </message>
    <message>
        <source>Choose where to save the report</source>
        <translation>Choisir où enregistrer le rapport</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Result of the export</source>
        <translation>Résultat de l&apos;export</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>Fichiers PDF</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <source>The report was saved to %1</source>
        <translation>Le rapport a été enregistré dans %1</translation>
    </message>
    <message>
        <source>No font of the report can draw %1: the report shows their codes instead.</source>
        <translation>Aucune police du rapport ne peut dessiner %1 : le rapport affiche leur code à la place.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to mra-desktop</source>
        <translation>Bienvenue dans mra-desktop</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Before the first meeting, tell the program who you are. All of this can be changed later in Settings.</source>
        <translation>Avant la première réunion, indiquez au programme qui vous êtes. Tout cela pourra être modifié plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>GoodPracticesPage</name>
    <message>
        <source>Previous question</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>&amp;Notes on this question</source>
        <translation>&amp;Notes sur cette question</translation>
    </message>
    <message>
        <source>Notes on the current question</source>
        <translation>Notes sur la question en cours</translation>
    </message>
    <message>
        <source>What the participants say about this question</source>
        <translation>Ce que les participants disent de cette question</translation>
    </message>
    <message>
        <source>Capture a change</source>
        <translation>Noter un changement</translation>
    </message>
    <message>
        <source>Previous question (%1)</source>
        <translation>Question précédente (%1)</translation>
    </message>
    <message>
        <source>Next question (%1)</source>
        <translation>Question suivante (%1)</translation>
    </message>
    <message>
        <source>Type a change and press %1</source>
        <translation>Saisissez un changement et appuyez sur %1</translation>
    </message>
    <message>
        <source>Type a change and press %1 (%2 comes back here).
%3 / %4 choose the sector.</source>
        <translation>Saisissez un changement et appuyez sur %1 (%2 ramène ici).
%3 / %4 choisissent le secteur.</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>Sector of the next change</source>
        <translation>Secteur du prochain changement</translation>
    </message>
    <message>
        <source>Changes ca&amp;ptured</source>
        <translation>&amp;Changements notés</translation>
    </message>
    <message>
        <source>Changes captured</source>
        <translation>Changements notés</translation>
    </message>
    <message>
        <source>%1: describe the change. %2: delete it (%3 to undo).</source>
        <translation>%1 : décrire le changement. %2 : le supprimer (%3 pour annuler).</translation>
    </message>
    <message>
        <source>Change deleted — %1 to undo</source>
        <translation>Changement supprimé — %1 pour annuler</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Capture change</source>
        <translation>la saisie du changement</translation>
    </message>
    <message>
        <source>Edit change</source>
        <translation>la modification du changement</translation>
    </message>
    <message>
        <source>Delete change</source>
        <translation>la suppression du changement</translation>
    </message>
    <message>
        <source>Choose as most significant</source>
        <translation>le choix du changement le plus significatif</translation>
    </message>
    <message>
        <source>Remove from the most significant</source>
        <translation>le retrait des plus significatifs</translation>
    </message>
    <message>
        <source>Edit the reason for the choice</source>
        <translation>la modification de la raison du choix</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>l&apos;ajout de l&apos;action</translation>
    </message>
    <message>
        <source>Move action item</source>
        <translation>le déplacement de l&apos;action</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>la modification de l&apos;action</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>la suppression de l&apos;action</translation>
    </message>
    <message>
        <source>Follow up an item of the previous action plan</source>
        <translation>le suivi d&apos;une action du plan précédent</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>la modification des notes</translation>
    </message>
    <message>
        <source>Edit meeting details</source>
        <translation>la modification de la réunion</translation>
    </message>
    <message>
        <source>Mark the meeting completed</source>
        <translation>la clôture de la réunion</translation>
    </message>
    <message>
        <source>Reopen the meeting</source>
        <translation>la réouverture de la réunion</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>l&apos;ajout du participant</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>la modification du participant</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>le retrait du participant</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>la création de la réunion</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>la création de la réunion de suivi</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>la suppression de la réunion</translation>
    </message>
    <message>
        <source>Restore meeting</source>
        <translation>la restauration de la réunion</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rétabli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not undo or redo: %1</source>
        <translation>Impossible d&apos;annuler ou de rétablir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The file could not be written: the disk is full.</source>
        <translation>Le fichier n&apos;a pas pu être écrit : le disque est plein.</translation>
    </message>
    <message>
        <source>The file could not be written (the folder is missing, protected or full); choose another place.</source>
        <translation>Le fichier n&apos;a pas pu être écrit (le dossier n&apos;existe pas, est protégé ou plein) ; choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was written (%1).</source>
        <translation>Un problème est survenu ; rien n&apos;a été écrit (%1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Shared database: %1</source>
        <translation>Base de données partagée : %1</translation>
    </message>
    <message>
        <source>MRA&apos;s database on a PostgreSQL server (version %1), shared with the other people who have it open</source>
        <translation>La base de données de MRA sur un serveur PostgreSQL (version %1), partagée avec les autres personnes qui l’ont ouverte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Language, organisation, your name</source>
        <translation>Langue, organisation, votre nom</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Save everything and close the program</source>
        <translation>Tout enregistrer et fermer le programme</translation>
    </message>
    <message>
        <source>&amp;Meetings list</source>
        <translation>Liste &amp;des réunions</translation>
    </message>
    <message>
        <source>Show the list of meetings</source>
        <translation>Afficher la liste des réunions</translation>
    </message>
    <message>
        <source>Meeting &amp;setup</source>
        <translation>&amp;Préparation de la réunion</translation>
    </message>
    <message>
        <source>The open meeting&apos;s details and participants</source>
        <translation>Informations et participants de la réunion ouverte</translation>
    </message>
    <message>
        <source>&amp;Run the meeting</source>
        <translation>Animer &amp;la réunion</translation>
    </message>
    <message>
        <source>The steps of the open meeting</source>
        <translation>Les étapes de la réunion ouverte</translation>
    </message>
    <message>
        <source>&amp;Export report as PDF…</source>
        <translation>&amp;Exporter le rapport en PDF…</translation>
    </message>
    <message>
        <source>The report of the open or selected meeting, as a PDF file</source>
        <translation>Le rapport de la réunion ouverte ou sélectionnée, en fichier PDF</translation>
    </message>
    <message>
        <source>E&amp;xport for MRA…</source>
        <translation>Exporter pour &amp;MRA…</translation>
    </message>
    <message>
        <source>Write a sync file of everything recorded here, for MRA</source>
        <translation>Écrire un fichier de synchronisation de tout ce qui est enregistré ici, pour MRA</translation>
    </message>
    <message>
        <source>Re&amp;ceipts from MRA…</source>
        <translation>Accusés &amp;de réception de MRA…</translation>
    </message>
    <message>
        <source>Import a receipt from MRA: how MRA reviewed your meetings</source>
        <translation>Importer un accusé de réception de MRA : comment MRA a examiné vos réunions</translation>
    </message>
    <message>
        <source>&amp;Import sync files…</source>
        <translation>&amp;Importer des fichiers de synchronisation…</translation>
    </message>
    <message>
        <source>Import partners&apos; sync files and settle conflicts</source>
        <translation>Importer les fichiers de synchronisation des partenaires et régler les conflits</translation>
    </message>
    <message>
        <source>&amp;Partners…</source>
        <translation>Pa&amp;rtenaires…</translation>
    </message>
    <message>
        <source>Enrol partners&apos; devices from their identity cards, or revoke one</source>
        <translation>Enregistrer les appareils des partenaires à partir de leur carte d&apos;identité, ou en révoquer un</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>S&amp;auvegardes…</translation>
    </message>
    <message>
        <source>Back up now, look at a backup, or restore one</source>
        <translation>Sauvegarder maintenant, consulter une sauvegarde ou en restaurer une</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the program, by menu and screen</source>
        <translation>Tous les raccourcis clavier du programme, par menu et par écran</translation>
    </message>
    <message>
        <source>&amp;About mra-desktop</source>
        <translation>À &amp;propos de mra-desktop</translation>
    </message>
    <message>
        <source>Version and database</source>
        <translation>Version et base de données</translation>
    </message>
    <message>
        <source>%1 — mra-desktop</source>
        <translation>%1 — mra-desktop</translation>
    </message>
    <message>
        <source>mra-desktop</source>
        <translation>mra-desktop</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rétablir ce qui a été annulé</translation>
    </message>
    <message>
        <source>Changes: %1 · Action items: %2</source>
        <translation>Changements&#xa0;: %1 · Actions&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saving… (the database is busy)</source>
        <translation>Enregistrement… (la base de données est occupée)</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Open or select a meeting first.</source>
        <translation>Ouvrez ou sélectionnez d&apos;abord une réunion.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Rapport enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync file written: %1</source>
        <translation>Fichier de synchronisation écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose your organisation first.</source>
        <translation>Choisissez d&apos;abord votre organisation.</translation>
    </message>
    <message>
        <source>mra-desktop %1</source>
        <translation>mra-desktop %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>About mra-desktop</source>
        <translation>À propos de mra-desktop</translation>
    </message>
    <message>
        <source>Not everything is saved</source>
        <translation>Tout n&apos;est pas enregistré</translation>
    </message>
    <message>
        <source>Some edits could not be saved: %1

Close anyway and lose them?</source>
        <translation>Certaines modifications n&apos;ont pas pu être enregistrées&#xa0;: %1

Fermer quand même et les perdre&#xa0;?</translation>
    </message>
    <message>
        <source>No backup on closing</source>
        <translation>Pas de sauvegarde à la fermeture</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Delete the selected meeting (%1 brings it back)</source>
        <translation>Supprimer la réunion sélectionnée (%1 la rétablit)</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>Recently deleted meetings</source>
        <translation>Réunions récemment supprimées</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Search titles and places</source>
        <translation>Rechercher dans les titres et les lieux</translation>
    </message>
    <message>
        <source>Search meetings</source>
        <translation>Rechercher des réunions</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by partner</source>
        <translation>Filtrer par partenaire</translation>
    </message>
    <message>
        <source>Filter by sector</source>
        <translation>Filtrer par secteur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>Meetings from this date</source>
        <translation>Réunions à partir de cette date</translation>
    </message>
    <message>
        <source>Meetings up to this date</source>
        <translation>Réunions jusqu&apos;à cette date</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;Nouvelle réunion</translation>
    </message>
    <message>
        <source>Prepare a new meeting</source>
        <translation>Préparer une nouvelle réunion</translation>
    </message>
    <message>
        <source>&amp;Follow-up meeting</source>
        <translation>Ré&amp;union de suivi</translation>
    </message>
    <message>
        <source>A new meeting with the same setup, reviewing the period since this one</source>
        <translation>Une nouvelle réunion avec la même préparation, qui porte sur la période écoulée depuis celle-ci</translation>
    </message>
    <message>
        <source>&amp;Open meeting</source>
        <translation>Ouvrir &amp;la réunion</translation>
    </message>
    <message>
        <source>Open the selected meeting</source>
        <translation>Ouvrir la réunion sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete meeting</source>
        <translation>&amp;Supprimer la réunion</translation>
    </message>
    <message>
        <source>MRA&apos;s review: %1</source>
        <translation>Examen de MRA : %1</translation>
    </message>
    <message>
        <source>Meeting deleted — %1 to undo</source>
        <translation>Réunion supprimée — %1 pour annuler</translation>
    </message>
    <message>
        <source>Meeting restored — %1 to undo</source>
        <translation>Réunion restaurée — %1 pour annuler</translation>
    </message>
    <message>
        <source>&amp;Restore meeting</source>
        <translation>Res&amp;taurer la réunion</translation>
    </message>
    <message>
        <source>Bring the selected meeting back</source>
        <translation>Rétablir la réunion sélectionnée</translation>
    </message>
    <message>
        <source>Recen&amp;tly deleted</source>
        <translation>Ré&amp;cemment supprimées</translation>
    </message>
    <message>
        <source>Show the deleted meetings</source>
        <translation>Afficher les réunions supprimées</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>Search the meetings</source>
        <translation>Rechercher dans les réunions</translation>
    </message>
    <message>
        <source>Meetings: %1</source>
        <translation>Réunions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>No deleted meetings.</source>
        <translation>Aucune réunion supprimée.</translation>
    </message>
    <message>
        <source>No meeting matches these filters.</source>
        <translation>Aucune réunion ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No meetings yet. Press %1 to prepare the first one.</source>
        <translation>Aucune réunion pour l&apos;instant. Appuyez sur %1 pour préparer la première.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Association partenaire</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>MRA&apos;s review</source>
        <translation>Examen de MRA</translation>
    </message>
</context>
<context>
    <name>MeetingSetup</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Date de la ré&amp;union</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>R&amp;égion</translation>
    </message>
    <message>
        <source>&amp;Kind of meeting</source>
        <translation>T&amp;ype de réunion</translation>
    </message>
    <message>
        <source>Sco&amp;pe</source>
        <translation>&amp;Portée</translation>
    </message>
    <message>
        <source>Sectors covered</source>
        <translation>Secteurs concernés</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Modalité</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Instance</translation>
    </message>
    <message>
        <source>Period &amp;under review</source>
        <translation>Période &amp;concernée</translation>
    </message>
    <message>
        <source>F&amp;acilitators</source>
        <translation>A&amp;nimatrices et animateurs</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Type de réunion</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Start of the period under review</source>
        <translation>Début de la période concernée</translation>
    </message>
    <message>
        <source>End of the period under review</source>
        <translation>Fin de la période concernée</translation>
    </message>
    <message>
        <source>Language of the notes</source>
        <translation>Langue des notes</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animatrices et animateurs</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Sector…</source>
        <translation>Secteur…</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>La réunion</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes et participants</translation>
    </message>
    <message>
        <source>Role or title, then %1</source>
        <translation>Fonction, puis %1</translation>
    </message>
    <message>
        <source>Participant removed — %1 to undo</source>
        <translation>Participant retiré — %1 pour annuler</translation>
    </message>
    <message>
        <source>Role or title of the new participant</source>
        <translation>Fonction ou titre du nouveau participant</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the notes</source>
        <translation>Lan&amp;gue des notes</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Institution of the new participant</source>
        <translation>Institution du nouveau participant</translation>
    </message>
    <message>
        <source>Sector of the new participant</source>
        <translation>Secteur du nouveau participant</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <source>Name of the new participant (optional)</source>
        <translation>Nom du nouveau participant (facultatif)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add this participant</source>
        <translation>Ajouter ce participant</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Retirer le participant</translation>
    </message>
    <message>
        <source>Remove the selected participant</source>
        <translation>Retirer le participant sélectionné</translation>
    </message>
    <message>
        <source>Run the meeting</source>
        <translation>Animer la réunion</translation>
    </message>
    <message>
        <source>Go to the meeting&apos;s steps</source>
        <translation>Aller aux étapes de la réunion</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Setup: %1</source>
        <translation>Préparation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Meeting setup</source>
        <translation>Préparation de la réunion</translation>
    </message>
    <message>
        <source>Type the participant&apos;s role or title first.</source>
        <translation>Saisissez d&apos;abord la fonction ou le titre du participant.</translation>
    </message>
    <message>
        <source>no sector</source>
        <translation>sans secteur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Participants in all: %1</source>
        <translation>Nombre total de participants&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Question précédente</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <source>Capture a change</source>
        <translation>Noter un changement</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Supprimer l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Presenter window</source>
        <translation>Fenêtre de présentation</translation>
    </message>
    <message>
        <source>Presenter: the question, the changes or the action plan</source>
        <translation>Présentation : la question, les changements ou le plan d&apos;action</translation>
    </message>
    <message>
        <source>Start or pause the step timer</source>
        <translation>Démarrer ou suspendre le chronomètre de l&apos;étape</translation>
    </message>
    <message>
        <source>Mark the meeting completed</source>
        <translation>Marquer la réunion comme terminée</translation>
    </message>
    <message>
        <source>Move action item to the column on the left</source>
        <translation>Déplacer l&apos;action vers la colonne de gauche</translation>
    </message>
    <message>
        <source>Move action item to the column on the right</source>
        <translation>Déplacer l&apos;action vers la colonne de droite</translation>
    </message>
    <message>
        <source>Move action item to the sector above</source>
        <translation>Déplacer l&apos;action vers le secteur du dessus</translation>
    </message>
    <message>
        <source>Move action item to the sector below</source>
        <translation>Déplacer l&apos;action vers le secteur du dessous</translation>
    </message>
    <message>
        <source>Presenter (%1)</source>
        <translation>Présentation (%1)</translation>
    </message>
    <message>
        <source>Show the current question in large type on a second screen (%1)</source>
        <translation>Afficher la question en cours en grands caractères sur un second écran (%1)</translation>
    </message>
    <message>
        <source>Start or pause the step timer (%1)</source>
        <translation>Démarrer ou suspendre le chronomètre de l&apos;étape (%1)</translation>
    </message>
    <message>
        <source>Time spent on this step</source>
        <translation>Temps passé sur cette étape</translation>
    </message>
    <message>
        <source>Time spent on this step (only you see it)</source>
        <translation>Temps passé sur cette étape (visible par vous seulement)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Démarrer le chronomètre</translation>
    </message>
    <message>
        <source>Pause the step timer</source>
        <translation>Suspendre le chronomètre de l&apos;étape</translation>
    </message>
    <message>
        <source>Start the step timer</source>
        <translation>Démarrer le chronomètre de l&apos;étape</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>la date</translation>
    </message>
    <message>
        <source>The start of the period</source>
        <translation>le début de la période</translation>
    </message>
    <message>
        <source>The end of the period</source>
        <translation>la fin de la période</translation>
    </message>
    <message>
        <source>The role or title</source>
        <translation>la fonction ou le titre</translation>
    </message>
    <message>
        <source>The institution</source>
        <translation>l&apos;institution</translation>
    </message>
    <message>
        <source>The number of people</source>
        <translation>le nombre de personnes</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>le texte</translation>
    </message>
    <message>
        <source>The responsible actor</source>
        <translation>l&apos;acteur responsable</translation>
    </message>
    <message>
        <source>The timeframe</source>
        <translation>l&apos;échéance</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>la ville</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>la région</translation>
    </message>
    <message>
        <source>The facilitators</source>
        <translation>les noms des animatrices et animateurs</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Le commentaire</translation>
    </message>
    <message>
        <source>The status</source>
        <translation>L&apos;état</translation>
    </message>
    <message>
        <source>This field</source>
        <translation>ce champ</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>Veuillez renseigner %1.</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>Le texte saisi pour %1 est trop long.</translation>
    </message>
    <message>
        <source>%1: this value is not allowed.</source>
        <translation>Cette valeur n&apos;est pas autorisée pour %1.</translation>
    </message>
    <message>
        <source>%1 is not written correctly.</source>
        <translation>La valeur saisie pour %1 n&apos;est pas écrite correctement.</translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation>La valeur saisie pour %1 est hors des limites autorisées.</translation>
    </message>
    <message>
        <source>%1 cannot be stored by this version of the program; nothing was changed.</source>
        <translation>%1 ne peut pas être enregistré par cette version du programme ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 refers to a record that does not exist; nothing was changed.</source>
        <translation>%1 renvoie à un enregistrement qui n&apos;existe pas ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Un problème est survenu ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This value is not accepted; nothing was changed.</source>
        <translation>Cette valeur n&apos;est pas acceptée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This record does not exist any more (it may have been deleted).</source>
        <translation>Cet enregistrement n&apos;existe plus (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>This record was deleted; restore it first.</source>
        <translation>Cet élément a été supprimé&#xa0;; restaurez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>This record came from a partner&apos;s sync file; only the partner can change it.</source>
        <translation>Cet élément provient du fichier de synchronisation d&apos;un partenaire&#xa0;; seul ce partenaire peut le modifier.</translation>
    </message>
    <message>
        <source>A record with the same id exists already; nothing was changed.</source>
        <translation>Un enregistrement avec le même identifiant existe déjà ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Several meetings have an id that starts this way; give more of it.</source>
        <translation>Plusieurs réunions ont un identifiant qui commence ainsi ; donnez-en davantage.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database. Nothing was changed.</source>
        <translation>%1 est un dossier, pas une base de données. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is not an mra-desktop database. Nothing was changed.</source>
        <translation>%1 n&apos;est pas une base de données de mra-desktop. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be opened. It was left as it is; restore one of its backups.</source>
        <translation>La base de données %1 est endommagée et ne peut pas être ouverte. Elle a été laissée telle quelle ; restaurez l&apos;une de ses sauvegardes.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read (it is protected, or its disk has a problem). Nothing was changed.</source>
        <translation>La base de données %1 ne peut pas être lue (elle est protégée, ou son disque a un problème). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of mra-desktop. Update the program to open it; nothing was changed.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de mra-desktop. Mettez le programme à jour pour l&apos;ouvrir ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made (it is protected, or the disk is full). Nothing was changed.</source>
        <translation>Le dossier %1 ne peut pas être créé (il est protégé, ou le disque est plein). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database %1 could not be backed up before its upgrade, so it was not upgraded. Free some disk space and start the program again.</source>
        <translation>La base de données %1 n&apos;a pas pu être sauvegardée avant sa mise à jour : elle n&apos;a donc pas été mise à jour. Libérez de l&apos;espace disque et relancez le programme.</translation>
    </message>
    <message>
        <source>The database is busy; try again in a moment. Nothing was changed.</source>
        <translation>La base de données est occupée ; réessayez dans un instant. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password, or none was found. Put the right one in the PostgreSQL password file (~/.pgpass). Nothing was changed.</source>
        <translation>Le serveur %1 n&apos;a pas accepté le mot de passe, ou aucun n&apos;a été trouvé. Inscrivez le bon dans le fichier de mots de passe de PostgreSQL (~/.pgpass). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The server %1 does not let this computer or this user use that database; ask MRA&apos;s administrator. Nothing was changed.</source>
        <translation>Le serveur %1 ne permet pas à cet ordinateur ou à cet utilisateur d&apos;utiliser cette base de données ; adressez-vous à l&apos;administrateur de MRA. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached; check that it runs and that this computer is on its network. Nothing was changed.</source>
        <translation>Le serveur %1 est injoignable : vérifiez qu&apos;il fonctionne et que cet ordinateur est sur son réseau. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The server %1 runs a PostgreSQL older than version 13, which mra-desktop cannot use. Nothing was changed.</source>
        <translation>Le serveur %1 utilise une version de PostgreSQL antérieure à la 13, que mra-desktop ne peut pas utiliser. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The server %1 could not be used. Nothing was changed.</source>
        <translation>Le serveur %1 n&apos;a pas pu être utilisé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 cannot be written (the folder is missing, protected or full); choose another place.</source>
        <translation>%1 ne peut pas être écrit (le dossier n&apos;existe pas, est protégé ou plein) ; choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full. Free some space and try again.</source>
        <translation>%1 ne peut pas être écrit : le disque est plein. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The protocol catalogue is missing from this installation; reinstall mra-desktop.</source>
        <translation>Le catalogue du protocole manque dans cette installation ; réinstallez mra-desktop.</translation>
    </message>
    <message>
        <source>This meeting uses a version of the protocol this program does not have; update mra-desktop.</source>
        <translation>Cette réunion utilise une version du protocole que ce programme n&apos;a pas ; mettez mra-desktop à jour.</translation>
    </message>
    <message>
        <source>A font of the report is missing or damaged; reinstall mra-desktop.</source>
        <translation>Une police du rapport manque ou est endommagée ; réinstallez mra-desktop.</translation>
    </message>
    <message>
        <source>A report can be written in Arabic, French or English only.</source>
        <translation>Un rapport ne peut être écrit qu&apos;en arabe, en français ou en anglais.</translation>
    </message>
    <message>
        <source>This database&apos;s identity (its organisation and this computer&apos;s key) cannot be used as it is; nothing was changed.</source>
        <translation>L&apos;identité de cette base de données (son association et la clé de cet ordinateur) ne peut pas être utilisée telle quelle ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This database does not say yet which organisation it belongs to: choose it in Settings first.</source>
        <translation>Cette base de données ne dit pas encore à quelle association elle appartient : choisissez-la d&apos;abord dans les Paramètres.</translation>
    </message>
    <message>
        <source>This import cannot be undone: it was undone already, or records it brought changed since (undo the later imports first). Nothing was changed.</source>
        <translation>Cet import ne peut pas être annulé : il l&apos;a déjà été, ou des enregistrements qu&apos;il a apportés ont changé depuis (annulez d&apos;abord les imports suivants). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Another key of MRA is installed; replacing it must be confirmed. Nothing was changed.</source>
        <translation>Une autre clé de MRA est installée ; son remplacement doit être confirmé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database could not be written (the disk may be full); nothing was changed.</source>
        <translation>La base de données n&apos;a pas pu être écrite (le disque est peut-être plein) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The receipt could not be read or written; nothing was changed.</source>
        <translation>L&apos;accusé de réception n&apos;a pas pu être lu ni écrit ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The sync file could not be read or written; nothing was changed. Check the file and the disk, then try again.</source>
        <translation>Le fichier de synchronisation n&apos;a pas pu être lu ou écrit ; rien n&apos;a été modifié. Vérifiez le fichier et le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>This key file cannot be used: it is missing, damaged, or not the right kind of key (MRA&apos;s public key ends in %1, its private key in %2).</source>
        <translation>Ce fichier de clé ne peut pas être utilisé : il manque, il est endommagé, ou ce n&apos;est pas le bon type de clé (la clé publique de MRA se termine par %1, sa clé privée par %2).</translation>
    </message>
    <message>
        <source>The passphrase is wrong; type it again.</source>
        <translation>La phrase secrète est incorrecte ; saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>MRA&apos;s public key is not installed: install it in Settings, or choose an unencrypted file.</source>
        <translation>La clé publique de MRA n&apos;est pas installée : installez-la dans les Paramètres, ou choisissez un fichier non chiffré.</translation>
    </message>
    <message>
        <source>This conflict was decided already, or the choice is not known; nothing was changed.</source>
        <translation>Ce conflit a déjà été tranché, ou le choix est inconnu ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This review state does not exist; nothing was changed.</source>
        <translation>Cet état de relecture n&apos;existe pas ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This national choice cannot be made; nothing was changed.</source>
        <translation>Ce choix national ne peut pas être fait ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The matrix cannot be drawn this way; choose two different axes.</source>
        <translation>La matrice ne peut pas être dressée ainsi ; choisissez deux axes différents.</translation>
    </message>
    <message>
        <source>The database cannot be used as it is; nothing was changed.</source>
        <translation>La base de données ne peut pas être utilisée en l&apos;état ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The period under review must end after it starts.</source>
        <translation>La période concernée doit se terminer après son début.</translation>
    </message>
    <message>
        <source>A single-sector meeting covers one sector only.</source>
        <translation>Une réunion sectorielle ne couvre qu&apos;un seul secteur.</translation>
    </message>
    <message>
        <source>Not saved: the database could not be written. Your text is kept and will be saved again.</source>
        <translation>Non enregistré : la base de données n&apos;a pas pu être écrite. Votre texte est conservé et sera enregistré à nouveau.</translation>
    </message>
    <message>
        <source>Choose the change as most significant before giving the reason.</source>
        <translation>Choisissez d&apos;abord ce changement comme le plus significatif, puis indiquez la raison.</translation>
    </message>
    <message>
        <source>Not saved: the disk is full. Free some space; your text is kept.</source>
        <translation>Non enregistré&#xa0;: le disque est plein. Libérez de l&apos;espace&#xa0;; votre texte est conservé.</translation>
    </message>
    <message>
        <source>Not saved yet: the database is busy. Trying again.</source>
        <translation>Pas encore enregistré&#xa0;: la base de données est occupée. Nouvel essai en cours.</translation>
    </message>
</context>
<context>
    <name>MostSignificantPage</name>
    <message>
        <source>&amp;Notes on the choice</source>
        <translation>&amp;Notes sur le choix</translation>
    </message>
    <message>
        <source>Notes on the choice of the most significant change</source>
        <translation>Notes sur le choix du changement le plus significatif</translation>
    </message>
    <message>
        <source>&amp;Tick the change or changes the group finds most significant (%1)</source>
        <translation>&amp;Cochez le ou les changements que le groupe trouve les plus significatifs (%1)</translation>
    </message>
    <message>
        <source>The selected change</source>
        <translation>Le changement sélectionné</translation>
    </message>
    <message>
        <source>Changes to choose from</source>
        <translation>Changements parmi lesquels choisir</translation>
    </message>
    <message>
        <source>&amp;Why the group chose this change</source>
        <translation>&amp;Pourquoi le groupe a choisi ce changement</translation>
    </message>
    <message>
        <source>Why the group chose this change</source>
        <translation>Pourquoi le groupe a choisi ce changement</translation>
    </message>
    <message>
        <source>Tick the change first, then write why.</source>
        <translation>Cochez d&apos;abord le changement, puis écrivez pourquoi.</translation>
    </message>
    <message>
        <source>No change captured yet.</source>
        <translation>Aucun changement noté pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>MraChange</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Chosen by the meeting as its most significant change</source>
        <translation>Choisi par la réunion comme son changement le plus significatif</translation>
    </message>
    <message>
        <source>Received change</source>
        <translation>Changement reçu</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>Le changement</translation>
    </message>
    <message>
        <source>&amp;Exemplary: quote it in the national report</source>
        <translation>&amp;Exemplaire : à citer dans le rapport national</translation>
    </message>
    <message>
        <source>The partner&apos;s text is read-only here; only the partner can change it.</source>
        <translation>Le texte du partenaire est ici en lecture seule ; seul le partenaire peut le modifier.</translation>
    </message>
    <message>
        <source>Open the &amp;meeting</source>
        <translation>Ouvrir &amp;la réunion</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MraExport</name>
    <message>
        <source>Export spreadsheets</source>
        <translation>Exporter des tableurs</translation>
    </message>
    <message>
        <source>One Excel workbook (.xlsx)</source>
        <translation>Un classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV files, one per table, in a folder</source>
        <translation>Des fichiers CSV, un par tableau, dans un dossier</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partenaires</translation>
    </message>
    <message>
        <source>Tick some partners to count only their meetings; none: every partner.</source>
        <translation>Cochez des partenaires pour ne compter que leurs réunions ; aucun : tous les partenaires.</translation>
    </message>
    <message>
        <source>Partners whose meetings count</source>
        <translation>Partenaires dont les réunions comptent</translation>
    </message>
    <message>
        <source>Meetings &amp;from</source>
        <translation>Réunions &amp;du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>Meetings up to this date</source>
        <translation>Réunions jusqu&apos;à cette date</translation>
    </message>
    <message>
        <source>Include every review &amp;state (not only approved meetings)</source>
        <translation>Inclure &amp;tous les états de relecture (pas seulement les réunions approuvées)</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>&amp;Enregistrer dans</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Fo&amp;rmat</source>
        <translation>Fo&amp;rmat</translation>
    </message>
    <message>
        <source>Save the workbook as</source>
        <translation>Enregistrer le classeur sous</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>Classeurs Excel</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Dossier des fichiers CSV</translation>
    </message>
    <message>
        <source>Writing the spreadsheets…</source>
        <translation>Écriture des tableurs…</translation>
    </message>
    <message>
        <source>Written to %1: %2 meetings, %3 changes, %4 action items.</source>
        <translation>Écrit dans %1 : %2 réunions, %3 changements, %4 actions.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>MraMatrix</name>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes et participants</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Associations partenaires</translation>
    </message>
    <message>
        <source>%1 changes · %2 meetings · %3 participants · %4 partners</source>
        <translation>%1 changements · %2 réunions · %3 participants · %4 partenaires</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Association partenaire</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Exemplary</source>
        <translation>Exemplaire</translation>
    </message>
    <message>
        <source>Exemplary: to quote</source>
        <translation>Exemplaire : à citer</translation>
    </message>
    <message>
        <source>The meeting&apos;s most significant change</source>
        <translation>Le changement le plus significatif de la réunion</translation>
    </message>
    <message>
        <source>Consolidation matrix</source>
        <translation>Matrice de consolidation</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Lignes</translation>
    </message>
    <message>
        <source>Col&amp;umns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>Meetings from this date</source>
        <translation>Réunions à partir de cette date</translation>
    </message>
    <message>
        <source>Meetings up to this date</source>
        <translation>Réunions jusqu&apos;à cette date</translation>
    </message>
    <message>
        <source>Only this partner&apos;s meetings</source>
        <translation>Seulement les réunions de ce partenaire</translation>
    </message>
    <message>
        <source>Include every review &amp;state</source>
        <translation>Inclure &amp;tous les états de relecture</translation>
    </message>
    <message>
        <source>Off: only approved meetings count, as in the national report.</source>
        <translation>Décoché : seules les réunions approuvées comptent, comme dans le rapport national.</translation>
    </message>
    <message>
        <source>&amp;National summary of this cell</source>
        <translation>&amp;Synthèse nationale de cette case</translation>
    </message>
    <message>
        <source>A few sentences for the national report; saved as you type</source>
        <translation>Quelques phrases pour le rapport national ; enregistrées au fil de la saisie</translation>
    </message>
    <message>
        <source>National summary of the selected cell</source>
        <translation>Synthèse nationale de la case choisie</translation>
    </message>
    <message>
        <source>Chan&amp;ges in this cell</source>
        <translation>C&amp;hangements de cette case</translation>
    </message>
    <message>
        <source>Changes in the selected cell</source>
        <translation>Changements de la case choisie</translation>
    </message>
    <message>
        <source>Rea&amp;d the change</source>
        <translation>L&amp;ire le changement</translation>
    </message>
    <message>
        <source>Every field of the change (%1)</source>
        <translation>Tous les champs du changement (%1)</translation>
    </message>
    <message>
        <source>Flag as e&amp;xemplary</source>
        <translation>Marquer comme e&amp;xemplaire</translation>
    </message>
    <message>
        <source>An exemplary change is quoted in the national report</source>
        <translation>Un changement exemplaire est cité dans le rapport national</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <source>Each cell: the number of changes, then meetings · participants · partners.</source>
        <translation>Chaque case : le nombre de changements, puis réunions · participants · partenaires.</translation>
    </message>
    <message>
        <source>The period is reversed: its end comes before its start.</source>
        <translation>La période est inversée : sa fin précède son début.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>all review states</source>
        <translation>tous les états de relecture</translation>
    </message>
    <message>
        <source>approved meetings</source>
        <translation>réunions approuvées</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix.</source>
        <translation>Choisissez une case de la matrice.</translation>
    </message>
    <message>
        <source>Remove the e&amp;xemplary flag</source>
        <translation>Retirer la marque e&amp;xemplaire</translation>
    </message>
</context>
<context>
    <name>MraMsc</name>
    <message>
        <source>Change chosen by a meeting</source>
        <translation>Changement choisi par une réunion</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Association partenaire</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>New national round</source>
        <translation>Nouveau tour national</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Meetings &amp;from</source>
        <translation>Réunions &amp;du</translation>
    </message>
    <message>
        <source>Meetings &amp;to</source>
        <translation>Réunions &amp;au</translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation>&amp;Domaines</translation>
    </message>
    <message>
        <source>One choice per sector</source>
        <translation>Un choix par secteur</translation>
    </message>
    <message>
        <source>One choice per category of change</source>
        <translation>Un choix par catégorie de changement</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>National most significant change</source>
        <translation>Changement le plus significatif au niveau national</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>To&amp;ur</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Nouveau tour…</translation>
    </message>
    <message>
        <source>Include every review &amp;state</source>
        <translation>Inclure &amp;tous les états de relecture</translation>
    </message>
    <message>
        <source>Each meeting chose its most significant change. Per domain, the panel now chooses one of them and says why in full sentences; a member who disagrees can be recorded.</source>
        <translation>Chaque réunion a choisi son changement le plus significatif. Pour chaque domaine, le comité en choisit maintenant un et explique pourquoi en phrases complètes ; l&apos;avis d&apos;un membre en désaccord peut être noté.</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Changes the meetings chose</source>
        <translation>Changements choisis par les réunions</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>Le changement</translation>
    </message>
    <message>
        <source>The panel&apos;s choice</source>
        <translation>Le choix du comité</translation>
    </message>
    <message>
        <source>&amp;Why this change (in full sentences)</source>
        <translation>&amp;Pourquoi ce changement (en phrases complètes)</translation>
    </message>
    <message>
        <source>Why the panel chose this change</source>
        <translation>Pourquoi le comité a choisi ce changement</translation>
    </message>
    <message>
        <source>D&amp;issent (if any)</source>
        <translation>Avis divergent (&amp;le cas échéant)</translation>
    </message>
    <message>
        <source>Dissent of panel members</source>
        <translation>Avis divergent de membres du comité</translation>
    </message>
    <message>
        <source>Chosen &amp;by</source>
        <translation>&amp;Choisi par</translation>
    </message>
    <message>
        <source>Who chose</source>
        <translation>Qui a choisi</translation>
    </message>
    <message>
        <source>Ch&amp;oose this change</source>
        <translation>C&amp;hoisir ce changement</translation>
    </message>
    <message>
        <source>No round yet: create one for the period of your report.</source>
        <translation>Aucun tour pour l&apos;instant : créez-en un pour la période de votre rapport.</translation>
    </message>
    <message>
        <source>Meetings from %1 to %2</source>
        <translation>Réunions du %1 au %2</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
    <message>
        <source>%1 candidates</source>
        <translation>%1 candidats</translation>
    </message>
    <message>
        <source>no candidate</source>
        <translation>aucun candidat</translation>
    </message>
    <message>
        <source>Not chosen yet in this domain.</source>
        <translation>Pas encore de choix dans ce domaine.</translation>
    </message>
    <message>
        <source>No meeting of this period chose a change in this domain.</source>
        <translation>Aucune réunion de cette période n&apos;a choisi de changement dans ce domaine.</translation>
    </message>
    <message>
        <source>Chosen by %1 on %2</source>
        <translation>Choisi par %1 le %2</translation>
    </message>
</context>
<context>
    <name>MraReceived</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Association partenaire</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>%1 conflict(s) waiting for a decision</source>
        <translation>%1 conflit(s) en attente de décision</translation>
    </message>
    <message>
        <source>Received meetings</source>
        <translation>Réunions reçues</translation>
    </message>
    <message>
        <source>Search titles, places, partners, comments</source>
        <translation>Rechercher titres, lieux, partenaires, commentaires</translation>
    </message>
    <message>
        <source>Search the received meetings</source>
        <translation>Rechercher dans les réunions reçues</translation>
    </message>
    <message>
        <source>Filter by partner</source>
        <translation>Filtrer par partenaire</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>Filtrer par région</translation>
    </message>
    <message>
        <source>Filter by sector</source>
        <translation>Filtrer par secteur</translation>
    </message>
    <message>
        <source>Filter by review state</source>
        <translation>Filtrer par état de relecture</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>Meetings from this date</source>
        <translation>Réunions à partir de cette date</translation>
    </message>
    <message>
        <source>Meetings up to this date</source>
        <translation>Réunions jusqu&apos;à cette date</translation>
    </message>
    <message>
        <source>Bac&amp;k to received</source>
        <translation>Revenir &amp;à reçue</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Pas encore relue</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation>&amp;Marquer comme relue</translation>
    </message>
    <message>
        <source>Read, not approved yet</source>
        <translation>Lue, pas encore approuvée</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <source>Approved meetings count in the national report</source>
        <translation>Les réunions approuvées comptent dans le rapport national</translation>
    </message>
    <message>
        <source>Has &amp;issues</source>
        <translation>À &amp;corriger</translation>
    </message>
    <message>
        <source>Something must be corrected; say what in the comment</source>
        <translation>Quelque chose doit être corrigé ; dites quoi dans le commentaire</translation>
    </message>
    <message>
        <source>Comme&amp;nt</source>
        <translation>Comme&amp;ntaire</translation>
    </message>
    <message>
        <source>What the partner should correct or complete; saved as you type</source>
        <translation>Ce que le partenaire doit corriger ou compléter ; enregistré au fil de la saisie</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Commentaire de relecture</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Open the meeting</source>
        <translation>Ouvrir &amp;la réunion</translation>
    </message>
    <message>
        <source>Read the whole meeting</source>
        <translation>Lire toute la réunion</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>All review states</source>
        <translation>Tous les états de relecture</translation>
    </message>
    <message>
        <source>No meeting matches these filters.</source>
        <translation>Aucune réunion ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No meeting has been received yet: import partners&apos; sync files (File ▸ Import sync files…).</source>
        <translation>Aucune réunion reçue pour l&apos;instant : importez les fichiers de synchronisation des partenaires (Fichier ▸ Importer des fichiers de synchronisation…).</translation>
    </message>
    <message>
        <source>Only approved meetings count in the national report and spreadsheets.</source>
        <translation>Seules les réunions approuvées comptent dans le rapport national et les tableurs.</translation>
    </message>
    <message>
        <source>received on %1</source>
        <translation>reçue le %1</translation>
    </message>
    <message>
        <source>%1 participants · %2 changes · %3 action items</source>
        <translation>%1 participants · %2 changements · %3 actions</translation>
    </message>
    <message>
        <source>the partner sent a new version after it was marked %1; read it and set its state again</source>
        <translation>le partenaire a envoyé une nouvelle version après l&apos;état « %1 » ; relisez-la et redonnez-lui un état</translation>
    </message>
    <message>
        <source>%1 conflict(s) waiting for a decision (File ▸ Import sync files)</source>
        <translation>%1 conflit(s) en attente de décision (Fichier ▸ Importer des fichiers de synchronisation)</translation>
    </message>
    <message>
        <source>Reviewing as %1</source>
        <translation>Relecture par %1</translation>
    </message>
    <message>
        <source>Write your name in Settings: every review says who made it.</source>
        <translation>Indiquez votre nom dans les Paramètres : chaque relecture dit qui l&apos;a faite.</translation>
    </message>
    <message>
        <source>Review state set: %1</source>
        <translation>État de relecture : %1</translation>
    </message>
</context>
<context>
    <name>MraReport</name>
    <message>
        <source>National report</source>
        <translation>Rapport national</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>&amp;Langue du rapport</translation>
    </message>
    <message>
        <source>The report&apos;s language, whatever the language of the interface</source>
        <translation>La langue du rapport, quelle que soit celle de l&apos;interface</translation>
    </message>
    <message>
        <source>&amp;Write the report</source>
        <translation>&amp;Rédiger le rapport</translation>
    </message>
    <message>
        <source>Write the national report</source>
        <translation>Rédiger le rapport national</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
        <source>File to write the report to</source>
        <translation>Fichier où écrire le rapport</translation>
    </message>
    <message>
        <source>Save the national report as</source>
        <translation>Enregistrer le rapport national sous</translation>
    </message>
    <message>
        <source>Writing the national report…</source>
        <translation>Rédaction du rapport national…</translation>
    </message>
    <message>
        <source>The national report was saved to %1: %2 meetings, %3 good practices, %4 action-plan items raised.</source>
        <translation>Le rapport national a été enregistré dans %1 : %2 réunions, %3 bonnes pratiques, %4 actions soulevées.</translation>
    </message>
</context>
<context>
    <name>MraReview</name>
    <message>
        <source>Received by MRA</source>
        <translation>Reçue par MRA</translation>
    </message>
    <message>
        <source>Reviewed by MRA</source>
        <translation>Examinée par MRA</translation>
    </message>
    <message>
        <source>Approved by MRA</source>
        <translation>Approuvée par MRA</translation>
    </message>
    <message>
        <source>MRA found issues</source>
        <translation>MRA a relevé des problèmes</translation>
    </message>
    <message>
        <source>New version sent to MRA</source>
        <translation>Nouvelle version envoyée à MRA</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>MRA had marked it “%1” before your newer version arrived; MRA will review it again.</source>
        <translation>MRA l&apos;avait marquée « %1 » avant l&apos;arrivée de votre nouvelle version ; MRA l&apos;examinera de nouveau.</translation>
    </message>
    <message>
        <source>MRA&apos;s comment: %1</source>
        <translation>Commentaire de MRA : %1</translation>
    </message>
    <message>
        <source>%1 National most significant change (%2): “%3”. MRA&apos;s reason: %4</source>
        <translation>%1 Changement le plus significatif au niveau national (%2) : « %3 ». Raison donnée par MRA : %4</translation>
    </message>
    <message>
        <source>From MRA&apos;s receipt of %1.</source>
        <translation>D&apos;après l&apos;accusé de réception de MRA du %1.</translation>
    </message>
    <message>
        <source>Refused: this file is damaged, altered or not a receipt from MRA; nothing was changed.</source>
        <translation>Refusé : ce fichier est endommagé, modifié ou n&apos;est pas un accusé de réception de MRA ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Refused: a newer version of mra-desktop wrote this receipt; update the program to read it.</source>
        <translation>Refusé : une version plus récente de mra-desktop a écrit cet accusé de réception ; mettez le programme à jour pour le lire.</translation>
    </message>
    <message>
        <source>Refused: this receipt was not signed by the MRA key installed here; nothing was changed.</source>
        <translation>Refusé : cet accusé de réception n&apos;a pas été signé par la clé de MRA installée ici ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>MRA&apos;s current key is not installed here, so receipts cannot be checked: install MRA&apos;s public key file in Settings (compare its fingerprint with MRA by phone).</source>
        <translation>La clé actuelle de MRA n&apos;est pas installée ici : les accusés de réception ne peuvent donc pas être vérifiés. Installez le fichier de clé publique de MRA dans les Paramètres (comparez son empreinte avec MRA par téléphone).</translation>
    </message>
    <message>
        <source>Refused: this receipt is for another organisation or another computer; nothing was changed.</source>
        <translation>Refusé : cet accusé de réception est destiné à une autre organisation ou à un autre ordinateur ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>MraSide</name>
    <message>
        <source>&amp;Consolidation</source>
        <translation>C&amp;onsolidation</translation>
    </message>
    <message>
        <source>&amp;Received meetings</source>
        <translation>&amp;Réunions reçues</translation>
    </message>
    <message>
        <source>Meetings imported from partners, and their review</source>
        <translation>Les réunions importées des partenaires, et leur relecture</translation>
    </message>
    <message>
        <source>Consolidation &amp;matrix</source>
        <translation>&amp;Matrice de consolidation</translation>
    </message>
    <message>
        <source>The approved meetings&apos; changes by sector and sub-theme</source>
        <translation>Les changements des réunions approuvées par secteur et sous-thème</translation>
    </message>
    <message>
        <source>National most &amp;significant change</source>
        <translation>Changement le plus &amp;significatif au niveau national</translation>
    </message>
    <message>
        <source>The panel&apos;s choice among the meetings&apos; most significant changes</source>
        <translation>Le choix du comité parmi les changements les plus significatifs des réunions</translation>
    </message>
    <message>
        <source>&amp;National report…</source>
        <translation>Rapport &amp;national…</translation>
    </message>
    <message>
        <source>The national report of the approved meetings as a PDF</source>
        <translation>Le rapport national des réunions approuvées, en PDF</translation>
    </message>
    <message>
        <source>Export &amp;spreadsheets…</source>
        <translation>Exporter des &amp;tableurs…</translation>
    </message>
    <message>
        <source>The received meetings as an Excel workbook or CSV files</source>
        <translation>Les réunions reçues en classeur Excel ou en fichiers CSV</translation>
    </message>
    <message>
        <source>Spreadsheets written: %1</source>
        <translation>Tableurs écrits : %1</translation>
    </message>
    <message>
        <source>National report written: %1</source>
        <translation>Rapport national écrit : %1</translation>
    </message>
</context>
<context>
    <name>MraWords</name>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relue</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Changed since review</source>
        <translation>Modifiée depuis la relecture</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Sector and sub-theme</source>
        <translation>Secteur et sous-thème</translation>
    </message>
    <message>
        <source>Due diligence obligation</source>
        <translation>Obligation de diligence requise</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Association partenaire</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Nature du changement</translation>
    </message>
    <message>
        <source>Category of change</source>
        <translation>Catégorie de changement</translation>
    </message>
    <message>
        <source>Totals only</source>
        <translation>Totaux seulement</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>No sub-theme</source>
        <translation>Sans sous-thème</translation>
    </message>
    <message>
        <source>Say what the issue is in the comment first.</source>
        <translation>Dites d&apos;abord dans le commentaire ce qui pose problème.</translation>
    </message>
    <message>
        <source>Write your name in Settings first: every review says who made it.</source>
        <translation>Indiquez d&apos;abord votre nom dans les Paramètres : chaque relecture dit qui l&apos;a faite.</translation>
    </message>
    <message>
        <source>Only meetings received from a partner are reviewed.</source>
        <translation>Seules les réunions reçues d&apos;un partenaire sont relues.</translation>
    </message>
    <message>
        <source>The comment is too long.</source>
        <translation>Le commentaire est trop long.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>Le nom est trop long.</translation>
    </message>
    <message>
        <source>Write the reason as full sentences: why this change matters more than the others.</source>
        <translation>Rédigez la raison en phrases complètes : pourquoi ce changement compte plus que les autres.</translation>
    </message>
    <message>
        <source>End the reason as a sentence ends, with a full stop.</source>
        <translation>Terminez la raison comme une phrase, par un point.</translation>
    </message>
    <message>
        <source>Write the name of who chose.</source>
        <translation>Indiquez le nom de qui a choisi.</translation>
    </message>
    <message>
        <source>Give the round a title.</source>
        <translation>Donnez un titre au tour.</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>La période doit finir après son début.</translation>
    </message>
    <message>
        <source>Choose among the changes the meetings chose as most significant.</source>
        <translation>Choisissez parmi les changements que les réunions ont jugés les plus significatifs.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Le texte est trop long.</translation>
    </message>
    <message>
        <source>The period is reversed: its end comes before its start. Nothing was written.</source>
        <translation>La période est inversée : sa fin précède son début. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>This partner is not in the database. Nothing was written.</source>
        <translation>Ce partenaire n&apos;est pas dans la base de données. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>No meeting counts in this period. Nothing was written.</source>
        <translation>Aucune réunion ne compte pour cette période. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The summary is too long.</source>
        <translation>La synthèse est trop longue.</translation>
    </message>
</context>
<context>
    <name>NewIssueDialog</name>
    <message>
        <source>New newsletter issue</source>
        <translation>Nouveau numéro du bulletin</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Period from</source>
        <translation>&amp;Période du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Editorial</source>
        <translation>&amp;Éditorial</translation>
    </message>
    <message>
        <source>The draft starts with the period&apos;s figures, the national most significant changes and the exemplary changes of approved meetings — only those the partner allows to be quoted. You can then reorder, remove, add and edit them.</source>
        <translation>Le brouillon reprend les chiffres de la période, les changements les plus significatifs au niveau national et les changements exemplaires des réunions approuvées — seulement ceux que l&apos;association partenaire permet de citer. Vous pouvez ensuite les réordonner, les retirer, en ajouter et les modifier.</translation>
    </message>
    <message>
        <source>&amp;Make the draft</source>
        <translation>&amp;Préparer le brouillon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NewsletterSide</name>
    <message>
        <source>News&amp;letter</source>
        <translation>&amp;Bulletin</translation>
    </message>
    <message>
        <source>&amp;New issue…</source>
        <translation>&amp;Nouveau numéro…</translation>
    </message>
    <message>
        <source>A draft of the newsletter for a period, pre-filled</source>
        <translation>Un brouillon du bulletin pour une période, déjà rempli</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>&amp;Numéros</translation>
    </message>
    <message>
        <source>The newsletter&apos;s issues: compose, preview, publish, save</source>
        <translation>Les numéros du bulletin : composer, prévisualiser, publier, enregistrer</translation>
    </message>
</context>
<context>
    <name>NewsletterView</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>What changed (the opening)</source>
        <translation>Ce qui a changé (l&apos;ouverture)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Who decided</source>
        <translation>Qui l&apos;a décidé</translation>
    </message>
    <message>
        <source>Results and impact</source>
        <translation>Résultats et impact</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>&amp;Numéros</translation>
    </message>
    <message>
        <source>Ite&amp;ms of the issue</source>
        <translation>É&amp;léments du numéro</translation>
    </message>
    <message>
        <source>&amp;New issue…</source>
        <translation>N&amp;ouveau numéro…</translation>
    </message>
    <message>
        <source>Delete the draft…</source>
        <translation>Supprimer le brouillon…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the item up (Ctrl+Up)</source>
        <translation>Monter l&apos;élément (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move the item down (Ctrl+Down)</source>
        <translation>Descendre l&apos;élément (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take the item out of the issue (Del); the change stays as it is</source>
        <translation>Retirer l&apos;élément du numéro (Suppr) ; le changement reste tel quel</translation>
    </message>
    <message>
        <source>&amp;Add a change…</source>
        <translation>&amp;Ajouter un changement…</translation>
    </message>
    <message>
        <source>Add the figures</source>
        <translation>Ajouter les chiffres</translation>
    </message>
    <message>
        <source>Title of the iss&amp;ue</source>
        <translation>Titre du n&amp;uméro</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Period from</source>
        <translation>&amp;Période du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>&amp;Editorial</source>
        <translation>É&amp;ditorial</translation>
    </message>
    <message>
        <source>Count the figures again</source>
        <translation>Recompter les chiffres</translation>
    </message>
    <message>
        <source>Meetings approved since the draft was made are counted too</source>
        <translation>Les réunions approuvées depuis la préparation du brouillon sont comptées aussi</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Take the texts from the change again</source>
        <translation>Reprendre les textes du changement</translation>
    </message>
    <message>
        <source>Your edits of this item are replaced by the change&apos;s texts</source>
        <translation>Vos modifications de cet élément sont remplacées par les textes du changement</translation>
    </message>
    <message>
        <source>Pre&amp;view (as the e-mail shows it)</source>
        <translation>&amp;Aperçu (tel que le courriel l&apos;affiche)</translation>
    </message>
    <message>
        <source>Pu&amp;blish…</source>
        <translation>Pu&amp;blier…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML (e-mail)…</source>
        <translation>Enregistrer en &amp;HTML (courriel)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>⚠ may no longer be quoted</source>
        <translation>⚠ ne peut plus être cité</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisé</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>newer version</source>
        <translation>version plus récente</translation>
    </message>
    <message>
        <source>No issue yet: Newsletter ▸ New issue… makes a draft.</source>
        <translation>Aucun numéro pour l&apos;instant : Bulletin ▸ Nouveau numéro… prépare un brouillon.</translation>
    </message>
    <message>
        <source>Issue %1, published on %2 by %3. A published issue cannot be changed; it can be saved again as HTML or PDF.</source>
        <translation>Numéro %1, publié le %2 par %3. Un numéro publié ne peut plus être modifié ; il peut être enregistré de nouveau en HTML ou en PDF.</translation>
    </message>
    <message>
        <source>Draft made on %1 by %2.</source>
        <translation>Brouillon préparé le %1 par %2.</translation>
    </message>
    <message>
        <source>Choose an item of the issue to edit its texts.</source>
        <translation>Choisissez un élément du numéro pour modifier ses textes.</translation>
    </message>
    <message>
        <source>The figures are counted from the approved meetings of the period.</source>
        <translation>Les chiffres sont comptés à partir des réunions approuvées de la période.</translation>
    </message>
    <message>
        <source>national most significant change</source>
        <translation>changement le plus significatif au niveau national</translation>
    </message>
    <message>
        <source>exemplary change</source>
        <translation>changement exemplaire</translation>
    </message>
    <message>
        <source>From a change recorded by %1 at the meeting of %2 — %3.</source>
        <translation>D&apos;après un changement recueilli par %1 lors de la réunion du %2 — %3.</translation>
    </message>
    <message>
        <source>Edited for the newsletter; the change itself is unchanged.</source>
        <translation>Modifié pour le bulletin ; le changement lui-même reste inchangé.</translation>
    </message>
    <message>
        <source>The partner no longer allows this change to be quoted: it is left out of what is printed. Remove it before publishing.</source>
        <translation>L&apos;association partenaire ne permet plus de citer ce changement : il est laissé de côté à l&apos;impression. Retirez-le avant de publier.</translation>
    </message>
    <message>
        <source>Anonymised at the partner&apos;s request: the names of the meeting&apos;s people are replaced and the place follows the change&apos;s level. Read the texts for any other name before publishing.</source>
        <translation>Anonymisé à la demande de l&apos;association partenaire : les noms des personnes de la réunion sont remplacés et le lieu suit le niveau du changement. Relisez les textes à la recherche d&apos;autres noms avant de publier.</translation>
    </message>
    <message>
        <source>The partner has sent a newer version of this change since its texts were taken.</source>
        <translation>L&apos;association partenaire a envoyé une version plus récente de ce changement depuis que ses textes ont été repris.</translation>
    </message>
    <message>
        <source>Item removed from the issue; Add a change… puts it back.</source>
        <translation>Élément retiré du numéro ; Ajouter un changement… le remet.</translation>
    </message>
    <message>
        <source>Chosen changes left out because their partner has not agreed that they may be quoted: %1.</source>
        <translation>Changements choisis laissés de côté parce que leur association partenaire n&apos;a pas accepté qu&apos;ils soient cités : %1.</translation>
    </message>
    <message>
        <source>Draft made.</source>
        <translation>Brouillon préparé.</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete the draft “%1” and its items? The partners&apos; changes stay as they are.</source>
        <translation>Supprimer le brouillon « %1 » et ses éléments ? Les changements des associations partenaires restent tels quels.</translation>
    </message>
    <message>
        <source>Publish the issue</source>
        <translation>Publier le numéro</translation>
    </message>
    <message>
        <source>Publish “%1” as issue %2, dated today? A published issue can no longer be changed.</source>
        <translation>Publier « %1 » comme numéro %2, daté d&apos;aujourd&apos;hui ? Un numéro publié ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>Issue %1 published.</source>
        <translation>Numéro %1 publié.</translation>
    </message>
    <message>
        <source>Save the issue as</source>
        <translation>Enregistrer le numéro sous</translation>
    </message>
    <message>
        <source>E-mail pages (*.html)</source>
        <translation>Pages de courriel (*.html)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the issue…</source>
        <translation>Écriture du numéro…</translation>
    </message>
    <message>
        <source>Issue saved: %1</source>
        <translation>Numéro enregistré : %1</translation>
    </message>
    <message>
        <source>Items left out because their partner no longer allows them to be quoted: %1.</source>
        <translation>Éléments laissés de côté parce que leur association partenaire ne permet plus de les citer : %1.</translation>
    </message>
</context>
<context>
    <name>NewsletterWords</name>
    <message>
        <source>The partner has not agreed that this change may be quoted; it cannot enter an issue.</source>
        <translation>L&apos;association partenaire n&apos;a pas accepté que ce changement soit cité ; il ne peut pas entrer dans un numéro.</translation>
    </message>
    <message>
        <source>An item quotes a change the partner no longer allows to be quoted; remove it, then publish.</source>
        <translation>Un élément cite un changement que l&apos;association partenaire ne permet plus de citer ; retirez-le, puis publiez.</translation>
    </message>
    <message>
        <source>This issue was published; a published issue cannot be changed.</source>
        <translation>Ce numéro a été publié ; un numéro publié ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>Give it a title.</source>
        <translation>Donnez-lui un titre.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Le texte est trop long.</translation>
    </message>
    <message>
        <source>This change is already in the issue.</source>
        <translation>Ce changement est déjà dans le numéro.</translation>
    </message>
    <message>
        <source>Put at least one change in the issue before publishing it.</source>
        <translation>Mettez au moins un changement dans le numéro avant de le publier.</translation>
    </message>
    <message>
        <source>Give the period of the issue: its first and its last day.</source>
        <translation>Indiquez la période du numéro : son premier et son dernier jour.</translation>
    </message>
    <message>
        <source>Several issues have an id that starts this way; type more of the id.</source>
        <translation>Plusieurs numéros ont un identifiant qui commence ainsi ; tapez davantage de l&apos;identifiant.</translation>
    </message>
    <message>
        <source>The newsletter cannot be changed this way; nothing was changed.</source>
        <translation>Le bulletin ne peut pas être modifié ainsi ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A newsletter is written in Arabic, French or English.</source>
        <translation>Un bulletin s&apos;écrit en arabe, en français ou en anglais.</translation>
    </message>
    <message>
        <source>Draft — %1</source>
        <translation>Brouillon — %1</translation>
    </message>
    <message>
        <source>No. %1 — %2</source>
        <translation>N° %1 — %2</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>%1 to %2 · in %3</source>
        <translation>du %1 au %2 · en %3</translation>
    </message>
    <message>
        <source>The period in figures</source>
        <translation>La période en chiffres</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Fonction ou titre</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <source>This card cannot be enrolled: its key or its organisation is already known differently here (the details are in the tooltip). Nothing was enrolled.</source>
        <translation>Cette carte ne peut pas être enregistrée : sa clé ou son organisation est déjà connue ici autrement (le détail est dans l&apos;infobulle). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This is not a usable identity card (damaged, altered, or another kind of file). Nothing was enrolled.</source>
        <translation>Ce n&apos;est pas une carte d&apos;identité utilisable (endommagée, modifiée, ou un autre type de fichier). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Partner devices</source>
        <translation>Appareils des partenaires</translation>
    </message>
    <message>
        <source>MRA imports only the sync files signed by a device enrolled here, and only the records of the organisation it was enrolled for. Each partner sends the identity card of its computer (Settings ▸ This computer).</source>
        <translation>MRA n&apos;importe que les fichiers de synchronisation signés par un appareil enregistré ici, et seulement les enregistrements de l&apos;organisation pour laquelle il a été enregistré. Chaque partenaire envoie la carte d&apos;identité de son ordinateur (Paramètres ▸ Cet ordinateur).</translation>
    </message>
    <message>
        <source>Drop a partner&apos;s identity card (.mraid) here, or choose it.</source>
        <translation>Déposez ici la carte d&apos;identité d&apos;un partenaire (.mraid), ou choisissez-la.</translation>
    </message>
    <message>
        <source>C&amp;hoose a card…</source>
        <translation>C&amp;hoisir une carte…</translation>
    </message>
    <message>
        <source>Choose a partner&apos;s identity card</source>
        <translation>Choisir la carte d&apos;identité d&apos;un partenaire</translation>
    </message>
    <message>
        <source>Card to enrol</source>
        <translation>Carte à enregistrer</translation>
    </message>
    <message>
        <source>Call the partner and read this fingerprint aloud; enrol the device only if it is exactly the one their Settings show. The card may have been changed on its way.</source>
        <translation>Appelez le partenaire et lisez cette empreinte à voix haute ; n&apos;enregistrez l&apos;appareil que si c&apos;est exactement celle qu&apos;affichent ses Paramètres. La carte a pu être modifiée en chemin.</translation>
    </message>
    <message>
        <source>&amp;Enrol this device (the fingerprints match)</source>
        <translation>&amp;Enregistrer cet appareil (les empreintes concordent)</translation>
    </message>
    <message>
        <source>&amp;Do not enrol</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Fingerprint of the card</source>
        <translation>Empreinte de la carte</translation>
    </message>
    <message>
        <source>&amp;Revoke this device…</source>
        <translation>&amp;Révoquer cet appareil…</translation>
    </message>
    <message>
        <source>Refuse the chosen device&apos;s files from now on (a stolen laptop, a facilitator who left)</source>
        <translation>Refuser désormais les fichiers de l&apos;appareil choisi (un ordinateur volé, une animatrice partie)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Dernier import</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Enrolled partner devices</source>
        <translation>Appareils des partenaires enregistrés</translation>
    </message>
    <message>
        <source>A partner&apos;s identity card</source>
        <translation>La carte d&apos;identité d&apos;un partenaire</translation>
    </message>
    <message>
        <source>Identity cards (*.mraid);;All files (*)</source>
        <translation>Cartes d&apos;identité (*.mraid);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Organisation: %1
Organisation id: %2
Device: %3</source>
        <translation>Organisation : %1
Identifiant de l&apos;organisation : %2
Appareil : %3</translation>
    </message>
    <message>
        <source>This device of %1 was already enrolled; nothing changed.</source>
        <translation>Cet appareil de %1 était déjà enregistré ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Enrolled: a device of %1. Its signed files can now be imported.</source>
        <translation>Enregistré : un appareil de %1. Ses fichiers signés peuvent maintenant être importés.</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Révoqué le %1</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Revoke this device?</source>
        <translation>Révoquer cet appareil ?</translation>
    </message>
    <message>
        <source>Revoke the device of %1 with the fingerprint %2? Its files will be refused from now on; what it sent before stays. A revoked device cannot be enrolled again: the partner will have to make a new key.</source>
        <translation>Révoquer l&apos;appareil de %1 dont l&apos;empreinte est %2 ? Ses fichiers seront désormais refusés ; ce qu&apos;il a envoyé avant reste. Un appareil révoqué ne peut pas être enregistré de nouveau : le partenaire devra créer une nouvelle clé.</translation>
    </message>
    <message>
        <source>Revoked: the device of %1. Its files are refused from now on.</source>
        <translation>Révoqué : l&apos;appareil de %1. Ses fichiers sont désormais refusés.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>mra-desktop — presenter</source>
        <translation>mra-desktop — présentation</translation>
    </message>
    <message>
        <source>Presenter window</source>
        <translation>Fenêtre de présentation</translation>
    </message>
</context>
<context>
    <name>PreviousPlan</name>
    <message>
        <source>Not recorded yet</source>
        <translation>Pas encore renseigné</translation>
    </message>
    <message>
        <source>The action plan of the previous meeting (%1, %2)</source>
        <translation>Le plan d&apos;action de la réunion précédente (%1, %2)</translation>
    </message>
    <message>
        <source>What became of each item since then? Choose its status and say why in a comment; the report prints them under the action plan.</source>
        <translation>Qu&apos;est devenue chaque action depuis ? Choisissez son état et dites pourquoi dans un commentaire ; le rapport les reprend sous le plan d&apos;action.</translation>
    </message>
    <message>
        <source>Status of: %1</source>
        <translation>État de : %1</translation>
    </message>
    <message>
        <source>Comment on: %1</source>
        <translation>Commentaire sur : %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2 : %3</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>Receipts from MRA</source>
        <translation>Accusés de réception de MRA</translation>
    </message>
    <message>
        <source>After importing your sync files, MRA sends a receipt: which files arrived and how each meeting was reviewed. Import it here, or drop the file on this window; it is checked with MRA&apos;s key installed in Settings.</source>
        <translation>Après avoir importé vos fichiers de synchronisation, MRA envoie un accusé de réception : quels fichiers sont arrivés et comment chaque réunion a été examinée. Importez-le ici, ou déposez le fichier sur cette fenêtre ; il est vérifié avec la clé de MRA installée dans les Paramètres.</translation>
    </message>
    <message>
        <source>&amp;Receipts</source>
        <translation>&amp;Accusés de réception</translation>
    </message>
    <message>
        <source>Your sync files that MRA imported</source>
        <translation>Vos fichiers de synchronisation importés par MRA</translation>
    </message>
    <message>
        <source>Your meetings, as MRA reviewed them</source>
        <translation>Vos réunions, telles que MRA les a examinées</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>Imported by MRA</source>
        <translation>Importé par MRA le</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Undone by MRA</source>
        <translation>Annulé par MRA le</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>MRA&apos;s review</source>
        <translation>Examen de MRA</translation>
    </message>
    <message>
        <source>MRA&apos;s comment and national choice</source>
        <translation>Commentaire de MRA et choix national</translation>
    </message>
    <message>
        <source>No receipt from MRA yet. MRA sends one (a file ending in .mrareceipt) after importing your sync files.</source>
        <translation>Aucun accusé de réception de MRA pour l&apos;instant. MRA en envoie un (un fichier se terminant par .mrareceipt) après avoir importé vos fichiers de synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Import a receipt…</source>
        <translation>&amp;Importer un accusé de réception…</translation>
    </message>
    <message>
        <source>Choose a receipt file MRA sent you</source>
        <translation>Choisir un accusé de réception envoyé par MRA</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (n° %2)</translation>
    </message>
    <message>
        <source>Imported on %1 from %2</source>
        <translation>Importé le %1 depuis %2</translation>
    </message>
    <message>
        <source>A receipt from MRA</source>
        <translation>Un accusé de réception de MRA</translation>
    </message>
    <message>
        <source>Receipts from MRA (*.mrareceipt);;All files (*)</source>
        <translation>Accusés de réception de MRA (*.mrareceipt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This receipt of %1 was already imported on %2; nothing changed.</source>
        <translation>Cet accusé de réception du %1 a déjà été importé le %2 ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Receipt of %1 imported: MRA&apos;s review of %2 meeting(s) is shown.</source>
        <translation>Accusé de réception du %1 importé : l&apos;examen de MRA de %2 réunion(s) est affiché.</translation>
    </message>
    <message>
        <source>%1 meeting(s) keep what a newer receipt said.</source>
        <translation>%1 réunion(s) gardent ce qu&apos;indiquait un accusé de réception plus récent.</translation>
    </message>
    <message>
        <source>%1 meeting(s) are no longer held by MRA.</source>
        <translation>%1 réunion(s) ne sont plus détenues par MRA.</translation>
    </message>
</context>
<context>
    <name>RecipientKey</name>
    <message>
        <source>Sync files are encrypted for MRA&apos;s key. Its fingerprint, to compare with MRA&apos;s by phone:</source>
        <translation>Les fichiers de synchronisation sont chiffrés pour la clé de MRA. Son empreinte, à comparer par téléphone avec celle de MRA&#xa0;:</translation>
    </message>
    <message>
        <source>MRA&apos;s key is not installed, so sync files cannot be encrypted. MRA sends it as a file ending in %1.</source>
        <translation>La clé de MRA n&apos;est pas installée : les fichiers de synchronisation ne peuvent pas être chiffrés. MRA l&apos;envoie dans un fichier se terminant par %1.</translation>
    </message>
    <message>
        <source>&amp;Install MRA&apos;s key…</source>
        <translation>&amp;Installer la clé de MRA…</translation>
    </message>
    <message>
        <source>Replace MRA&apos;s &amp;key…</source>
        <translation>Remplacer la &amp;clé de MRA…</translation>
    </message>
    <message>
        <source>Re&amp;move the key</source>
        <translation>&amp;Retirer la clé</translation>
    </message>
    <message>
        <source>Install MRA&apos;s public key from a file</source>
        <translation>Installer la clé publique de MRA depuis un fichier</translation>
    </message>
    <message>
        <source>Remove MRA&apos;s public key</source>
        <translation>Retirer la clé publique de MRA</translation>
    </message>
    <message>
        <source>Fingerprint of MRA&apos;s key</source>
        <translation>Empreinte de la clé de MRA</translation>
    </message>
    <message>
        <source>MRA&apos;s public key</source>
        <translation>Clé publique de MRA</translation>
    </message>
    <message>
        <source>Public keys</source>
        <translation>Clés publiques</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Replace MRA&apos;s key?</source>
        <translation>Remplacer la clé de MRA ?</translation>
    </message>
    <message>
        <source>Another MRA key is installed (fingerprint %1). The new key has the fingerprint %2. Replace it only if MRA gave you the new one: compare both with MRA by phone first.</source>
        <translation>Une autre clé de MRA est installée (empreinte %1). La nouvelle clé a l&apos;empreinte %2. Ne la remplacez que si MRA vous a donné la nouvelle : comparez d&apos;abord les deux avec MRA par téléphone.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>A vague change and a precise one</source>
        <translation>Un changement vague et un changement précis</translation>
    </message>
    <message>
        <source>Vague</source>
        <translation>Description vague</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>Description précise</translation>
    </message>
    <message>
        <source>&amp;Precision check</source>
        <translation>&amp;Vérification de la précision</translation>
    </message>
    <message>
        <source>Questions of the fiche each change does not answer yet. Click one (or press %1) to answer it.</source>
        <translation>Les questions de la fiche auxquelles chaque changement ne répond pas encore. Cliquez sur l&apos;une d&apos;elles (ou appuyez sur %1) pour y répondre.</translation>
    </message>
    <message>
        <source>Questions not answered yet, by change</source>
        <translation>Questions encore sans réponse, par changement</translation>
    </message>
    <message>
        <source>Every change answers all the questions of the fiche.</source>
        <translation>Chaque changement répond à toutes les questions de la fiche.</translation>
    </message>
    <message>
        <source>Summary of the meeting</source>
        <translation>Synthèse de la réunion</translation>
    </message>
    <message>
        <source>Sector not given</source>
        <translation>Secteur non indiqué</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total général</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes et participants</translation>
    </message>
    <message>
        <source>No participants recorded.</source>
        <translation>Aucun participant enregistré.</translation>
    </message>
    <message>
        <source>Changes by sector</source>
        <translation>Changements par secteur</translation>
    </message>
    <message>
        <source>No changes captured.</source>
        <translation>Aucun changement noté.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Most significant change</source>
        <translation>Changement le plus significatif</translation>
    </message>
    <message>
        <source>Not chosen yet.</source>
        <translation>Pas encore choisi.</translation>
    </message>
    <message>
        <source>Status of the meeting: %1</source>
        <translation>Statut de la réunion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reopen the meeting</source>
        <translation>Rouvrir la réunion</translation>
    </message>
    <message>
        <source>Mark the meeting completed</source>
        <translation>Marquer la réunion comme terminée</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Interface</source>
        <translation>Interface du programme</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Votre organisation</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>R&amp;égion</translation>
    </message>
    <message>
        <source>&amp;Facilitator&apos;s name</source>
        <translation>Nom de l&apos;&amp;animatrice ou de l&apos;animateur</translation>
    </message>
    <message>
        <source>A new organisation</source>
        <translation>Une nouvelle organisation</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Choix de l&apos;organisation</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>e.g. the partner association&apos;s name</source>
        <translation>p. ex. le nom de l&apos;association partenaire</translation>
    </message>
    <message>
        <source>City of the organisation</source>
        <translation>Ville de l&apos;organisation</translation>
    </message>
    <message>
        <source>Region of the organisation</source>
        <translation>Région de l&apos;organisation</translation>
    </message>
    <message>
        <source>Facilitator&apos;s name</source>
        <translation>Nom de l&apos;animatrice ou de l&apos;animateur</translation>
    </message>
    <message>
        <source>Written on every new meeting</source>
        <translation>Inscrit sur chaque nouvelle réunion</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sending to MRA</source>
        <translation>Envoi à MRA</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>The shortcuts of the screens open now, by menu and screen. A meeting&apos;s own shortcuts are listed while a meeting is open.</source>
        <translation>Les raccourcis des écrans ouverts, par menu et par écran. Ceux d&apos;une réunion sont listés tant qu&apos;une réunion est ouverte.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>Due diligence</source>
        <translation>Diligence requise</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Bonnes pratiques</translation>
    </message>
    <message>
        <source>Most significant change</source>
        <translation>Changement le plus significatif</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SyncExport</name>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes et participants</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>This sync file is not encrypted: anyone who gets a copy of it can read everything it holds.</source>
        <translation>Ce fichier de synchronisation n&apos;est pas chiffré&#xa0;: toute personne qui en obtient une copie peut lire tout ce qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Export for MRA</source>
        <translation>Exporter pour MRA</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>What it contains</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Export &amp;without encryption</source>
        <translation>Exporter &amp;sans chiffrement</translation>
    </message>
    <message>
        <source>E&amp;verything</source>
        <translation>&amp;Tout</translation>
    </message>
    <message>
        <source>&amp;Only what changed since the last export (%1)</source>
        <translation>&amp;Uniquement ce qui a changé depuis le dernier export (%1)</translation>
    </message>
    <message>
        <source>&amp;Only what changed since the last export (there was none)</source>
        <translation>&amp;Uniquement ce qui a changé depuis le dernier export (il n&apos;y en a pas eu)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>To export</source>
        <translation>À exporter</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>File to write the sync file to</source>
        <translation>Fichier où écrire la synchronisation</translation>
    </message>
    <message>
        <source>Choose where to save the sync file</source>
        <translation>Choisir où enregistrer le fichier de synchronisation</translation>
    </message>
    <message>
        <source>Export without encryption</source>
        <translation>Exporter sans chiffrement</translation>
    </message>
    <message>
        <source>Records per type</source>
        <translation>Éléments par type</translation>
    </message>
    <message>
        <source>Result of the export</source>
        <translation>Résultat de l&apos;export</translation>
    </message>
    <message>
        <source>Demo records stay on this computer: they are never exported (%1).</source>
        <translation>Les données de démonstration restent sur cet ordinateur : elles ne sont jamais exportées (%1).</translation>
    </message>
    <message>
        <source>Records of other organisations stay on this computer: a sync file carries only your organisation&apos;s records (%1).</source>
        <translation>Les enregistrements d&apos;autres organisations restent sur cet ordinateur : un fichier de synchronisation ne porte que ceux de votre organisation (%1).</translation>
    </message>
    <message>
        <source>Choose your organisation in Settings first.</source>
        <translation>Choisissez d&apos;abord votre organisation dans les Paramètres.</translation>
    </message>
    <message>
        <source>Install MRA&apos;s key, or choose to export without encryption.</source>
        <translation>Installez la clé de MRA, ou choisissez d&apos;exporter sans chiffrement.</translation>
    </message>
    <message>
        <source>Save the sync file as</source>
        <translation>Enregistrer le fichier de synchronisation sous</translation>
    </message>
    <message>
        <source>Sync files</source>
        <translation>Fichiers de synchronisation</translation>
    </message>
    <message>
        <source>Writing the sync file…</source>
        <translation>Écriture du fichier de synchronisation…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Records: %1 (deletion marks: %2).</source>
        <translation>Éléments&#xa0;: %1 (marques de suppression&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Encrypted for MRA&apos;s key.</source>
        <translation>Chiffré pour la clé de MRA.</translation>
    </message>
    <message>
        <source>Signed by this computer (fingerprint %1).</source>
        <translation>Signé par cet ordinateur (empreinte %1).</translation>
    </message>
</context>
<context>
    <name>SyncImport</name>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Waiting for the key</source>
        <translation>En attente de la clé</translation>
    </message>
    <message>
        <source>Imported; exported on %1.</source>
        <translation>Importé&#xa0;; exporté le %1.</translation>
    </message>
    <message>
        <source>Already imported on %1; nothing changed.</source>
        <translation>Déjà importé le %1&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled.</source>
        <translation>Non importé&#xa0;: l&apos;import a été annulé.</translation>
    </message>
    <message>
        <source>Encrypted: unlock MRA&apos;s private key to import it.</source>
        <translation>Chiffré&#xa0;: déverrouillez la clé privée de MRA pour l&apos;importer.</translation>
    </message>
    <message>
        <source>Refused: the file is damaged, altered or not a sync file; nothing of it was imported.</source>
        <translation>Refusé&#xa0;: le fichier est endommagé, modifié ou n&apos;est pas un fichier de synchronisation&#xa0;; rien n&apos;en a été importé.</translation>
    </message>
    <message>
        <source>Refused: it completes an earlier file of this partner that has not been imported yet; import that file first (nothing of this one was imported).</source>
        <translation>Refusé&#xa0;: il complète un fichier antérieur de ce partenaire qui n&apos;a pas encore été importé&#xa0;; importez d&apos;abord ce fichier (rien de celui-ci n&apos;a été importé).</translation>
    </message>
    <message>
        <source>Refused: a newer version of mra-desktop wrote this file; update the program to import it.</source>
        <translation>Refusé&#xa0;: ce fichier a été écrit par une version plus récente de mra-desktop&#xa0;; mettez le programme à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>Refused: this file was encrypted for a key that is not unlocked here.</source>
        <translation>Refusé : ce fichier a été chiffré pour une clé qui n&apos;est pas déverrouillée ici.</translation>
    </message>
    <message>
        <source>Refused: it was signed by a device MRA has not enrolled (or names another device); enrol the partner&apos;s identity card in Partners first.</source>
        <translation>Refusé : il a été signé par un appareil que MRA n&apos;a pas enregistré (ou il nomme un autre appareil) ; enregistrez d&apos;abord la carte d&apos;identité du partenaire dans Partenaires.</translation>
    </message>
    <message>
        <source>Refused: it was signed by a device MRA revoked.</source>
        <translation>Refusé : il a été signé par un appareil que MRA a révoqué.</translation>
    </message>
    <message>
        <source>Refused: it is not signed (an older version of mra-desktop made it); tick “Also import unsigned files” to import it anyway.</source>
        <translation>Refusé : il n&apos;est pas signé (une version plus ancienne de mra-desktop l&apos;a fait) ; cochez « Importer aussi les fichiers non signés » pour l&apos;importer quand même.</translation>
    </message>
    <message>
        <source>Refused: it is not encrypted; tick “Also import files that are not encrypted” to import it anyway.</source>
        <translation>Refusé : il n&apos;est pas chiffré ; cochez « Importer aussi les fichiers non chiffrés » pour l&apos;importer quand même.</translation>
    </message>
    <message>
        <source>Refused: it holds records that do not belong to the organisation its device is enrolled for; nothing of it was imported.</source>
        <translation>Refusé : il contient des enregistrements qui n&apos;appartiennent pas à l&apos;organisation pour laquelle son appareil est enregistré ; rien n&apos;en a été importé.</translation>
    </message>
    <message>
        <source>Import partners&apos; sync files</source>
        <translation>Importer les fichiers de synchronisation des partenaires</translation>
    </message>
    <message>
        <source>Ch&amp;oose files…</source>
        <translation>C&amp;hoisir des fichiers…</translation>
    </message>
    <message>
        <source>Choose the sync files to import</source>
        <translation>Choisir les fichiers de synchronisation à importer</translation>
    </message>
    <message>
        <source>MRA&apos;s private key</source>
        <translation>Clé privée de MRA</translation>
    </message>
    <message>
        <source>&amp;Key file</source>
        <translation>Fichier de &amp;la clé</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>Phrase &amp;secrète</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Dé&amp;verrouiller</translation>
    </message>
    <message>
        <source>Also import files that are not encr&amp;ypted</source>
        <translation>I&amp;mporter aussi les fichiers non chiffrés</translation>
    </message>
    <message>
        <source>Also import unsi&amp;gned files (older mra-desktop)</source>
        <translation>Importer aussi les fichiers non signés (an&amp;cien mra-desktop)</translation>
    </message>
    <message>
        <source>Undo th&amp;is import…</source>
        <translation>Ann&amp;uler cet import…</translation>
    </message>
    <message>
        <source>&amp;Write a receipt for the partner…</source>
        <translation>&amp;Écrire un accusé de réception pour le partenaire…</translation>
    </message>
    <message>
        <source>A signed file for the partner of the chosen import: which of its files arrived, and how MRA reviewed each of its meetings (state and comment)</source>
        <translation>Un fichier signé pour le partenaire de l&apos;import choisi : lesquels de ses fichiers sont arrivés, et comment MRA a examiné chacune de ses réunions (état et commentaire)</translation>
    </message>
    <message>
        <source>MRA&apos;s private key file</source>
        <translation>Fichier de la clé privée de MRA</translation>
    </message>
    <message>
        <source>Choose MRA&apos;s private key file</source>
        <translation>Choisir le fichier de la clé privée de MRA</translation>
    </message>
    <message>
        <source>Passphrase of the private key</source>
        <translation>Phrase secrète de la clé privée</translation>
    </message>
    <message>
        <source>Unlock the private key</source>
        <translation>Déverrouiller la clé privée</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Association partenaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>Undone on</source>
        <translation>Annulé le</translation>
    </message>
    <message>
        <source>Receipt written on</source>
        <translation>Accusé de réception écrit le</translation>
    </message>
    <message>
        <source>What happened to each file</source>
        <translation>Ce qu&apos;il est advenu de chaque fichier</translation>
    </message>
    <message>
        <source>Every import so far, newest first</source>
        <translation>Tous les imports à ce jour, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>Files imported now</source>
        <translation>Fichiers importés maintenant</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Historique des imports</translation>
    </message>
    <message>
        <source>Unlocked for this session; fingerprint %1.</source>
        <translation>Déverrouillée pour cette session&#xa0;; empreinte %1.</translation>
    </message>
    <message>
        <source>Encrypted files need MRA&apos;s private key, unlocked once per session. Files that are not encrypted need no key.</source>
        <translation>Les fichiers chiffrés demandent la clé privée de MRA, déverrouillée une fois par session. Les fichiers non chiffrés n&apos;ont besoin d&apos;aucune clé.</translation>
    </message>
    <message>
        <source>Private keys</source>
        <translation>Clés privées</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Sync files</source>
        <translation>Fichiers de synchronisation</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>Receipt no. %1, written on %2 at %3 UTC, saved as %4.</source>
        <translation>Accusé de réception n° %1, écrit le %2 à %3 UTC, enregistré sous %4.</translation>
    </message>
    <message>
        <source>No receipt written for this import yet.</source>
        <translation>Aucun accusé de réception n&apos;a encore été écrit pour cet import.</translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>Annuler cet import ?</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2, imported on %3)? The records it brought are removed and those it replaced get their earlier version back.</source>
        <translation>Annuler l&apos;import de %1 (%2, importé le %3) ? Les enregistrements qu&apos;il a apportés sont retirés et ceux qu&apos;il a remplacés retrouvent leur version précédente.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Annulation de l&apos;import…</translation>
    </message>
    <message>
        <source>Import undone: %1 records removed, %2 given back their earlier version.</source>
        <translation>Import annulé : %1 enregistrements retirés, %2 revenus à leur version précédente.</translation>
    </message>
    <message>
        <source>This import cannot be undone: later imports changed some of its records (or a conflict of it was decided); undo those first.</source>
        <translation>Cet import ne peut pas être annulé : des imports plus récents ont modifié certains de ses enregistrements (ou un de ses conflits a été tranché) ; annulez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Save the receipt as</source>
        <translation>Enregistrer l&apos;accusé de réception sous</translation>
    </message>
    <message>
        <source>Receipts for partners</source>
        <translation>Accusés de réception pour les partenaires</translation>
    </message>
    <message>
        <source>Writing the receipt…</source>
        <translation>Écriture de l&apos;accusé de réception…</translation>
    </message>
    <message>
        <source>Receipt for %1 written to %2: %3 file(s), %4 meeting(s) with MRA&apos;s review. Send it to the partner (e-mail, WhatsApp or USB stick); only the partner&apos;s enrolled computers can read it.</source>
        <translation>Accusé de réception pour %1 écrit dans %2 : %3 fichier(s), %4 réunion(s) avec l&apos;examen de MRA. Envoyez-le au partenaire (e-mail, WhatsApp ou clé USB) ; seuls les ordinateurs enregistrés du partenaire peuvent le lire.</translation>
    </message>
    <message>
        <source>This partner has no enrolled computer, so no receipt can be encrypted for it: enrol the partner&apos;s identity card first (File ▸ Partners…).</source>
        <translation>Ce partenaire n&apos;a aucun ordinateur enregistré : aucun accusé de réception ne peut donc être chiffré pour lui. Enregistrez d&apos;abord la carte d&apos;identité du partenaire (Fichier ▸ Partenaires…).</translation>
    </message>
    <message>
        <source>Choose MRA&apos;s private key file first.</source>
        <translation>Choisissez d&apos;abord le fichier de la clé privée de MRA.</translation>
    </message>
    <message>
        <source>It was not encrypted.</source>
        <translation>Il n&apos;était pas chiffré.</translation>
    </message>
    <message>
        <source>It was not signed: nothing shows who made it.</source>
        <translation>Il n&apos;était pas signé : rien ne montre qui l&apos;a fait.</translation>
    </message>
    <message>
        <source>Drop %1 files here, several at once if you like, or choose them.</source>
        <translation>Déposez ici des fichiers %1, plusieurs à la fois si vous voulez, ou choisissez-les.</translation>
    </message>
    <message>
        <source>Fo&amp;rget the keys</source>
        <translation>Oubl&amp;ier les clés</translation>
    </message>
    <message>
        <source>Unlock &amp;another key…</source>
        <translation>Déverrouiller une au&amp;tre clé…</translation>
    </message>
    <message>
        <source>While MRA changes its key, files may come for the old or the new one</source>
        <translation>Pendant que MRA change de clé, des fichiers peuvent arriver pour l&apos;ancienne ou la nouvelle</translation>
    </message>
    <message>
        <source>Anyone could have read such a file on its way. Tick only for files you know the origin of; it stays ticked until the program closes.</source>
        <translation>N&apos;importe qui a pu lire un tel fichier en chemin. Cochez seulement pour des fichiers dont vous connaissez l&apos;origine ; la case reste cochée jusqu&apos;à la fermeture du programme.</translation>
    </message>
    <message>
        <source>Nothing shows who made an unsigned file: anyone could have written it. Its records may still only be one organisation&apos;s, never MRA&apos;s own.</source>
        <translation>Rien ne montre qui a fait un fichier non signé : n&apos;importe qui a pu l&apos;écrire. Ses enregistrements ne peuvent toujours être que ceux d&apos;une seule organisation, jamais ceux de MRA.</translation>
    </message>
    <message>
        <source>Remove what the chosen import brought and give back what it replaced</source>
        <translation>Retirer ce que l&apos;import choisi a apporté et rendre ce qu&apos;il a remplacé</translation>
    </message>
    <message>
        <source>The file ending in %1</source>
        <translation>Le fichier se terminant par %1</translation>
    </message>
    <message>
        <source>Forget the unlocked keys</source>
        <translation>Oublier les clés déverrouillées</translation>
    </message>
    <message>
        <source>The passphrase is wrong; type it again.</source>
        <translation>La phrase secrète est incorrecte&#xa0;; saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>Sync files to import</source>
        <translation>Fichiers de synchronisation à importer</translation>
    </message>
    <message>
        <source>An import is running; drop the files again when it ends.</source>
        <translation>Un import est en cours&#xa0;; déposez à nouveau les fichiers quand il sera terminé.</translation>
    </message>
    <message>
        <source>Importing sync files…</source>
        <translation>Import des fichiers de synchronisation…</translation>
    </message>
    <message>
        <source>Encrypted files waiting for MRA&apos;s private key: %1. Choose the key file and type its passphrase.</source>
        <translation>Fichiers chiffrés en attente de la clé privée de MRA&#xa0;: %1. Choisissez le fichier de la clé et saisissez sa phrase secrète.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
</TS>
