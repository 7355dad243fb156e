"""The texts of the site-wide search become the editors': « Éditeurs » may change them."""

from django.db import migrations, models

from pages.groups import EDITORS, grant

CHANGE_TEXTS = "change_searchtexts"


def grant_editors(apps, schema_editor):
    grant(apps, EDITORS, "search", [CHANGE_TEXTS])


def revoke_editors(apps, schema_editor):
    for group in apps.get_model("auth", "Group").objects.filter(name=EDITORS):
        group.permissions.remove(
            *group.permissions.filter(content_type__app_label="search", codename=CHANGE_TEXTS)
        )


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0002_searchdocument_body'),
        ('pages', '0002_editors_group'),
    ]

    operations = [
        migrations.CreateModel(
            name='SearchTexts',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('header_label', models.CharField(default='Recherche sur le site', help_text="Ce que le lecteur d'écran annonce pour le champ de recherche de l'en-tête, sur toutes les pages.", max_length=300, verbose_name='Nom du champ de recherche')),
                ('header_placeholder', models.CharField(default='Rechercher', help_text="Le texte affiché dans le champ de recherche tant que rien n'est saisi.", max_length=300, verbose_name='Texte grisé dans le champ')),
                ('button', models.CharField(default='Rechercher', help_text="Le bouton qui lance la recherche, dans l'en-tête et sur la page des résultats.", max_length=300, verbose_name='Bouton de recherche')),
                ('header_hint', models.CharField(default='Des suggestions apparaissent sous le champ pendant la saisie.', help_text="Lue par le lecteur d'écran en arrivant sur le champ de l'en-tête.", max_length=300, verbose_name="Consigne du champ pour les lecteurs d'écran")),
                ('page_title', models.CharField(default='Rechercher sur le site', help_text="Le titre de la page /recherche/ quand rien n'a encore été cherché.", max_length=300, verbose_name='Titre de la page de recherche')),
                ('results_title', models.CharField(default='Résultats de la recherche', help_text='Le grand titre de la page quand des mots ont été cherchés.', max_length=300, verbose_name='Titre de la page des résultats')),
                ('tab_title', models.CharField(default='Recherche « {recherche} »', help_text="Le titre de l'onglet du navigateur (et des favoris). Entre accolades, {recherche} est remplacé par les mots cherchés.", max_length=300, verbose_name="Titre de l'onglet des résultats")),
                ('page_field_label', models.CharField(default='Mots à chercher', help_text='Le libellé du champ qui permet de chercher à nouveau sur la page des résultats.', max_length=300, verbose_name='Nom du champ de la page des résultats')),
                ('page_form_label', models.CharField(default='Nouvelle recherche', help_text="Ce que le lecteur d'écran annonce pour le formulaire de recherche de la page des résultats.", max_length=300, verbose_name='Nom du formulaire de la page des résultats')),
                ('page_number', models.CharField(default='Page {numéro} sur {total}.', help_text='Après le nombre de résultats, quand ils tiennent sur plusieurs pages : {numéro} est remplacé par le numéro de la page, {total} par le nombre de pages.', max_length=300, verbose_name='Numéro de page des résultats')),
                ('count_one', models.CharField(default='1 résultat.', help_text='La phrase sous le titre quand un seul résultat est trouvé. Entre accolades, {recherche} est remplacé par les mots cherchés.', max_length=300, verbose_name='Nombre de résultats : un seul')),
                ('count_many', models.CharField(default='{nombre} résultats.', help_text='La phrase sous le titre quand plusieurs résultats sont trouvés : {nombre} est remplacé par leur nombre, {recherche} par les mots cherchés.', max_length=300, verbose_name='Nombre de résultats : plusieurs')),
                ('corrected', models.CharField(default='Résultats pour « {correction} » (vous avez cherché « {recherche} »).', help_text='Quand les mots tapés contiennent une faute de frappe et que le site cherche un mot proche : {correction} est remplacé par les mots cherchés à la place, {recherche} par les mots tapés.', max_length=300, verbose_name='Recherche corrigée')),
                ('no_result_count', models.CharField(default='Aucun résultat pour « {recherche} ».', help_text="La phrase sous le titre quand rien n'est trouvé. Entre accolades, {recherche} est remplacé par les mots cherchés.", max_length=300, verbose_name='Aucun résultat : phrase sous le titre')),
                ('no_result_title', models.CharField(default='Aucun résultat', help_text="Le titre de l'encadré affiché quand rien n'est trouvé.", max_length=300, verbose_name="Aucun résultat : titre de l'encadré")),
                ('no_result_text', models.TextField(default="Aucune page ne contient les mots « {recherche} ». Vérifiez l'orthographe, essayez un mot plus court ou plus courant.", help_text="Le texte de l'encadré quand rien n'est trouvé. Entre accolades, {recherche} est remplacé par les mots cherchés.", verbose_name='Aucun résultat : message et conseils')),
                ('close_words', models.CharField(default='Des mots proches présents sur le site :', help_text='Introduit la liste des mots du site qui ressemblent aux mots cherchés.', max_length=300, verbose_name='Aucun résultat : mots proches')),
                ('no_words', models.CharField(default='Saisissez au moins un mot à chercher : les mots trop courants (« de », « la »…) ne sont pas cherchés.', help_text='Quand la recherche ne contient que des mots trop courants.', max_length=300, verbose_name='Aucun mot à chercher')),
                ('empty_page', models.CharField(default='Saisissez un ou plusieurs mots : les offres, les questions fréquentes, les services du Territoires Store et les autres pages du site sont cherchés.', help_text='Le texte de la page /recherche/ avant toute recherche.', max_length=300, verbose_name='Page de recherche vide')),
                ('filter_label', models.CharField(default='Types de résultats', help_text="Ce que le lecteur d'écran annonce pour la liste des types de résultats.", max_length=300, verbose_name='Filtre par type : nom')),
                ('filter_all', models.CharField(default='Tous les types', help_text="L'étiquette qui montre tous les résultats, suivie de leur nombre.", max_length=300, verbose_name='Filtre par type : tous')),
                ('group_offers', models.CharField(default='Offres', help_text='Le titre des résultats qui sont des offres.', max_length=300, verbose_name='Groupe : offres')),
                ('group_questions', models.CharField(default='Questions fréquentes', help_text='Le titre des résultats qui sont des questions de la foire aux questions.', max_length=300, verbose_name='Groupe : questions')),
                ('group_services', models.CharField(default='Services du Territoires Store', help_text='Le titre des résultats qui sont des services du Territoires Store.', max_length=300, verbose_name='Groupe : services')),
                ('group_pages', models.CharField(default='Pages', help_text='Le titre des autres pages trouvées.', max_length=300, verbose_name='Groupe : autres pages')),
                ('pagination_label', models.CharField(default='Pagination des résultats', help_text="Ce que le lecteur d'écran annonce pour les numéros de pages des résultats.", max_length=300, verbose_name='Pagination : nom')),
                ('suggestions_list', models.CharField(default='Suggestions', help_text="Ce que le lecteur d'écran annonce pour la liste des suggestions sous le champ.", max_length=300, verbose_name='Suggestions : nom de la liste')),
                ('suggestions_none', models.CharField(default='Aucune suggestion : flèche bas pour les parcourir, Entrée pour lancer la recherche.', help_text="Ce que le lecteur d'écran annonce quand rien ne correspond à la saisie.", max_length=300, verbose_name='Suggestions : annonce sans résultat')),
                ('suggestions_one', models.CharField(default='1 résultat : flèche bas pour les parcourir, Entrée pour lancer la recherche.', help_text="Ce que le lecteur d'écran annonce quand un seul résultat correspond à la saisie.", max_length=300, verbose_name="Suggestions : annonce d'un résultat")),
                ('suggestions_many', models.CharField(default='{nombre} résultats, {suggestions} suggestions : flèche bas pour les parcourir, Entrée pour lancer la recherche.', help_text="Ce que le lecteur d'écran annonce pendant la saisie : {nombre} est remplacé par le nombre de résultats, {suggestions} par le nombre de suggestions affichées.", max_length=300, verbose_name='Suggestions : annonce de plusieurs résultats')),
                ('suggestions_empty', models.CharField(default='Aucune suggestion pour « {recherche} ».', help_text='Affiché sous le champ quand rien ne correspond. Entre accolades, {recherche} est remplacé par les mots cherchés.', max_length=300, verbose_name='Suggestions : aucune')),
                ('suggestions_all', models.CharField(default='Voir les {nombre} résultats', help_text='Le lien sous les suggestions : {nombre} est remplacé par le nombre de résultats.', max_length=300, verbose_name='Suggestions : lien vers tous les résultats')),
                ('suggestions_all_one', models.CharField(default='Voir le résultat', help_text='Le lien sous les suggestions quand un seul résultat est trouvé.', max_length=300, verbose_name='Suggestions : lien vers le seul résultat')),
                ('suggestions_search', models.CharField(default='Lancer la recherche', help_text="Le lien sous le champ quand aucune suggestion n'est trouvée.", max_length=300, verbose_name='Suggestions : lancer la recherche')),
            ],
            options={
                'verbose_name': 'Textes de la recherche',
                'verbose_name_plural': 'Textes de la recherche',
            },
        ),
        migrations.RunPython(grant_editors, revoke_editors),
    ]
