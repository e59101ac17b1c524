using FilingForge.Profiles;

namespace FilingForge.Loading;

/// <summary>
/// The profile's declaration of each model class the binder fills: a data file's class (<c>DirectorsFile</c>) by the
/// file it is read from, any other class (<c>Director</c>) by its name in <c>types.yaml</c>. While the model classes
/// and the profile both exist, SchemasMatchModelTest and ProfileMatchesModelTests keep them from drifting apart.
/// </summary>
public sealed class DeclaredFields
{
    public static readonly DeclaredFields None = new(null, new Dictionary<Type, ObjectTypeDeclaration>());

    private readonly Profile? _profile;
    private readonly IReadOnlyDictionary<Type, ObjectTypeDeclaration> _files;

    private DeclaredFields(Profile? profile, IReadOnlyDictionary<Type, ObjectTypeDeclaration> files)
    {
        _profile = profile;
        _files = files;
    }

    public static DeclaredFields Of(Profile profile, IEnumerable<DataFileKind> kinds) =>
        new(profile, kinds.Where(k => profile.File(k.BaseName) is not null).ToDictionary(k => k.ModelType, k => (ObjectTypeDeclaration)profile.File(k.BaseName)!));

    public ObjectTypeDeclaration? Of(Type modelClass) =>
        _files.GetValueOrDefault(modelClass) ?? _profile?.Types.GetValueOrDefault(modelClass.Name);
}
