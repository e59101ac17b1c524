using System.Linq.Expressions;
using HandlebarsDotNet;
using HandlebarsDotNet.Features;

namespace FilingForge.Templating.Handlebars;

/// <summary>
/// Has Handlebars.Net interpret its expression trees instead of emitting IL for them. Emitting IL costs a fresh
/// process hundreds of milliseconds of JIT for each template; interpreting costs a little at render time instead.
/// </summary>
internal sealed class InterpretedExpressionCompiler : IExpressionCompiler, IFeature, IFeatureFactory
{
    T IExpressionCompiler.Compile<T>(Expression<T> expression) => (T)(object)((LambdaExpression)expression).Compile(preferInterpretation: true);

    public IFeature CreateFeature() => this;

    public void OnCompiling(ICompiledHandlebarsConfiguration configuration) => configuration.ExpressionCompiler = this;

    public void CompilationCompleted() { }
}
