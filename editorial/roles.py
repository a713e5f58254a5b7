"""The editorial roles (who writes, translates, approves, administers) and the review of news and calls.

Each function takes an app registry, so that the migration that creates the roles (with its
historical models) and the receivers that extend them to new pages share one definition.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db.models.signals import post_save

# The admin shows group, workflow and task names as stored, to English and Japanese editors
# alike: the roles are named in both languages, English first ("Editors / 編集者").
NAME_SEPARATOR = " / "

# Wagtail's migrations create Editors (add and edit every page) and Moderators (add, edit,
# publish, lock every page) and a one-step "Moderators approval" workflow on the whole tree.
# The roles take over those groups and grant the same again, so that they stand complete
# without Wagtail's data.
EDITORS = "Editors / 編集者"
MODERATORS = "Moderators / 承認者"
TRANSLATORS = "Translators / 翻訳者"
ADMINISTRATORS = "Administrators / 管理者"
# Reviewers read and decide on the applications to calls, which hold applicants' personal data:
# no other role but Administrators sees them.
REVIEWERS = "Application reviewers / 応募審査担当"

# Translators work in the tree of this language only.
TRANSLATED_LANGUAGE = "ja"
TRANSLATOR_PAGE_ACTIONS = ("add", "change", "publish", "lock", "unlock")
# Page permissions on the whole tree.
TREE_PAGE_ACTIONS = {
    EDITORS: ("add", "change"),
    MODERATORS: ("add", "change", "publish", "lock", "unlock"),
    ADMINISTRATORS: (*TRANSLATOR_PAGE_ACTIONS, "bulk_delete"),
}
IMAGE_AND_DOCUMENT_PERMISSIONS = {
    EDITORS: ("add", "change", "choose"),
    MODERATORS: ("add", "change", "choose", "delete"),
    TRANSLATORS: ("add", "choose"),
    ADMINISTRATORS: ("add", "change", "choose", "delete"),
}

# Model permissions by group: (app label, model, actions).
MODEL_PERMISSIONS = {
    EDITORS: [
        ("wagtailadmin", "admin", ("access",)),
        ("pages", "sector", ("add", "change", "view")),
        ("pages", "webinarseries", ("add", "change", "view")),
        ("pages", "office", ("view",)),
        ("pages", "region", ("view",)),
    ],
    TRANSLATORS: [
        ("wagtailadmin", "admin", ("access",)),
        ("wagtail_localize", "translation", ("submit",)),
        ("pages", "sector", ("view",)),
        ("pages", "webinarseries", ("view",)),
        ("pages", "office", ("view",)),
        ("pages", "region", ("view",)),
    ],
    MODERATORS: [
        ("wagtailadmin", "admin", ("access",)),
        ("pages", "sector", ("add", "change", "delete", "view")),
        ("pages", "webinarseries", ("add", "change", "delete", "view")),
        ("pages", "office", ("add", "change", "delete", "view")),
        ("pages", "region", ("change", "view")),
        ("pages", "helpdesksettings", ("change",)),
    ],
    REVIEWERS: [
        ("wagtailadmin", "admin", ("access",)),
        ("applications", "application", ("view", "change", "delete")),
    ],
}

# News and calls go through two approvals before publication, in every language tree.
REVIEW_WORKFLOW = "News and calls review / ニュース・公募のレビュー"
REVIEW_TASKS = ("Editorial review / 編集レビュー", "Publication sign-off / 公開の承認")
REVIEWED_INDEXES = ("newsindexpage", "callindexpage")
# Wagtail's own one-step workflow and its task, which review the other pages.
WAGTAIL_APPROVAL = "Moderators approval / 承認者による承認"


def named(model, name):
    """The row of a name in both languages, renamed from its English name if need be; or None."""
    found = model.objects.filter(name=name).first()
    if found is None:
        found = model.objects.filter(name=name.split(NAME_SEPARATOR)[0]).first()
        if found is not None:
            found.name = name
            found.save(update_fields=["name"])
    return found


def name_roles_in_both_languages(apps):
    """Rename the groups, workflows and tasks still named in English only (idempotent)."""
    Group = apps.get_model("auth", "Group")
    for name in [*MODEL_PERMISSIONS, ADMINISTRATORS]:
        named(Group, name)
    for model, names in (
        ("Workflow", [REVIEW_WORKFLOW, WAGTAIL_APPROVAL]),
        ("Task", [*REVIEW_TASKS, WAGTAIL_APPROVAL]),
    ):
        for name in names:
            named(apps.get_model("wagtailcore", model), name)


def withdraw_translation_rights(apps, groups):
    """Take translating back from groups that are not translators."""
    # wagtail-localize's migrations grant it to Wagtail's Editors and Moderators, which the
    # roles take over: only Translators and Administrators translate, export and import.
    submit = permission(apps, "wagtail_localize", "translation", "submit")
    for group in groups:
        group.permissions.remove(submit)


def role_group(apps, name):
    """The group of a role, created when missing."""
    Group = apps.get_model("auth", "Group")
    return named(Group, name) or Group.objects.create(name=name)


def permission(apps, app_label, model, action):
    """The permission `<action>_<model>` of a model, created if migrations have not yet."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_{model}",
        defaults={"name": f"Can {action} {model}"},
    )
    return found


def create_roles(apps):
    """The four groups, their permissions and the two-step review workflow (idempotent)."""
    Page = apps.get_model("wagtailcore", "Page")
    Permission = apps.get_model("auth", "Permission")
    name_roles_in_both_languages(apps)
    create_model_permissions(apps)
    groups = {name: grant_model_permissions(apps, name) for name in MODEL_PERMISSIONS}
    groups[ADMINISTRATORS] = role_group(apps, ADMINISTRATORS)
    withdraw_translation_rights(apps, [groups[EDITORS], groups[MODERATORS]])
    # Administrators hold every permission that exists when the roles are created.
    groups[ADMINISTRATORS].permissions.add(*Permission.objects.all())
    root = Page.objects.get(depth=1)
    for name, actions in TREE_PAGE_ACTIONS.items():
        grant_pages(apps, groups[name], root, actions)
    grant_collections(apps, groups)
    workflow = review_workflow(apps)
    for page in Page.objects.filter(content_type__app_label="pages").filter(
        content_type__model__in=REVIEWED_INDEXES
    ):
        assign_workflow(apps, workflow, page)
    for home in Page.objects.filter(
        content_type__app_label="pages",
        content_type__model="homepage",
        locale__language_code=TRANSLATED_LANGUAGE,
    ):
        grant_pages(apps, groups[TRANSLATORS], home, TRANSLATOR_PAGE_ACTIONS)


def grant_model_permissions(apps, name):
    """The group of a role, created when missing, with its model permissions."""
    group = role_group(apps, name)
    group.permissions.add(
        *(
            permission(apps, app_label, model, action)
            for app_label, model, actions in MODEL_PERMISSIONS[name]
            for action in actions
        )
    )
    return group


def add_application_reviewers(apps):
    """The reviewers of applications, and the applications' permissions for Administrators."""
    Permission = apps.get_model("auth", "Permission")
    create_model_permissions(apps)
    grant_model_permissions(apps, REVIEWERS)
    # Administrators hold every permission: those of a model added since the roles, too.
    role_group(apps, ADMINISTRATORS).permissions.add(
        *Permission.objects.filter(content_type__app_label="applications")
    )


def create_model_permissions(apps):
    """Every model's permissions, which Django otherwise creates only after the last migration."""
    for app_config in apps.get_app_configs():
        loaded = getattr(app_config, "models_module", None)
        # Historical app configs have no models module, which would make Django skip them.
        app_config.models_module = loaded or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = loaded


def grant_pages(apps, group, page, actions):
    """Give a group these page permissions on a page and everything below it."""
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for action in actions:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page_id=page.pk,
            permission=permission(apps, "wagtailcore", "page", action),
        )


def grant_collections(apps, groups):
    """Image and document permissions of each group on the root collection."""
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.get(depth=1)
    for name, actions in IMAGE_AND_DOCUMENT_PERMISSIONS.items():
        for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
            for action in actions:
                GroupCollectionPermission.objects.get_or_create(
                    group=groups[name],
                    collection=root,
                    permission=permission(apps, app_label, model, action),
                )


def review_workflow(apps):
    """The two-step workflow of news and calls, created with its tasks when missing."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    found = Workflow.objects.filter(name=REVIEW_WORKFLOW).first()
    if found is not None:
        return found
    ContentType = apps.get_model("contenttypes", "ContentType")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    Group = apps.get_model("auth", "Group")
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    workflow = Workflow.objects.create(name=REVIEW_WORKFLOW, active=True)
    approvers = Group.objects.filter(name__in=[MODERATORS, ADMINISTRATORS])
    for order, name in enumerate(REVIEW_TASKS):
        task = GroupApprovalTask.objects.create(name=name, active=True, content_type=task_type)
        task.groups.set(approvers)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    return workflow


def assign_workflow(apps, workflow, page):
    """Put a section (and every page below it) under a workflow."""
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowPage.objects.update_or_create(page_id=page.pk, defaults={"workflow": workflow})


def extend_roles_to_new_pages(sender, instance, created, raw=False, **kwargs):
    """A new news or calls index is reviewed; a new Japanese home opens its tree to translators."""
    if not created or raw:
        return
    model = type(instance)._meta.model_name
    if model in REVIEWED_INDEXES:
        assign_workflow(global_apps, review_workflow(global_apps), instance)
    elif model == "homepage" and instance.locale.language_code == TRANSLATED_LANGUAGE:
        translators = role_group(global_apps, TRANSLATORS)
        grant_pages(global_apps, translators, instance, TRANSLATOR_PAGE_ACTIONS)


def connect():
    """Extend the roles to the section indexes and homes created from now on."""
    for model in ("HomePage", "NewsIndexPage", "CallIndexPage"):
        post_save.connect(
            extend_roles_to_new_pages,
            sender=global_apps.get_model("pages", model),
            dispatch_uid=f"roles:{model}",
        )
