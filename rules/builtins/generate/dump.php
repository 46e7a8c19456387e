<?php
// Prints, as JSON, what Reflection says about every internal symbol of the running PHP.
// It runs unchanged on PHP 7.2 .. 8.4 (php-wasm and the system php), so it uses no syntax
// newer than 7.2 and probes newer Reflection methods with method_exists.
// Output is raw: filtering and merging across versions happen in merge.mjs.

error_reporting(E_ALL);

function type_string($t)
{
    if ($t === null) {
        return null;
    }
    if (PHP_VERSION_ID >= 80000) {
        return (string) $t;
    }
    // 7.x has only named types; its __toString omits the "?".
    $n = $t->getName();
    return ($t->allowsNull() && $n !== 'mixed' && $n !== 'null') ? '?' . $n : $n;
}

function param_info(ReflectionParameter $p)
{
    $o = array('name' => $p->getName());
    if ($p->hasType()) {
        $o['type'] = type_string($p->getType());
    }
    if ($p->isPassedByReference()) {
        $o['byRef'] = true;
        if ($p->canBePassedByValue()) {
            $o['preferRef'] = true;
        }
    }
    if ($p->isVariadic()) {
        $o['variadic'] = true;
    }
    if ($p->isOptional()) {
        $o['optional'] = true;
        // From 8.0 internal defaults come from the stubs and print as source text
        // ("ENT_QUOTES | ENT_SUBSTITUTE"), which is what an analyser wants; getDefaultValue()
        // would evaluate them instead.
        // "<default>" is how Reflection prints an optional parameter whose stub gives no default.
        if (PHP_VERSION_ID >= 80000 && !$p->isVariadic()
            && preg_match('/ = (.*) \]$/s', trim((string) $p), $m) && $m[1] !== '<default>') {
            $o['default'] = $m[1];
        }
    }
    return $o;
}

function function_info(ReflectionFunctionAbstract $f)
{
    $o = array('params' => array_map('param_info', $f->getParameters()));
    if ($f->hasReturnType()) {
        $o['returns'] = type_string($f->getReturnType());
    } elseif (method_exists($f, 'hasTentativeReturnType') && $f->hasTentativeReturnType()) {
        $o['returns'] = type_string($f->getTentativeReturnType());
        $o['tentative'] = true;
    }
    if ($f->returnsReference()) {
        $o['byRefReturn'] = true;
    }
    if ($f->isDeprecated()) {
        $o['deprecated'] = true;
    }
    return $o;
}

function value_info($v)
{
    $types = array('integer' => 'int', 'double' => 'float', 'boolean' => 'bool', 'NULL' => 'null');
    $t = gettype($v);
    $o = array('type' => isset($types[$t]) ? $types[$t] : $t);
    $representable = is_int($v) || is_bool($v) || $v === null
        || (is_float($v) && is_finite($v))
        || (is_string($v) && preg_match('//u', $v));
    if ($representable) {
        $o['value'] = $v;
    }
    if (is_object($v)) {
        $o['type'] = get_class($v);
    }
    return $o;
}

function visibility($r)
{
    return $r->isPrivate() ? 'private' : ($r->isProtected() ? 'protected' : 'public');
}

function class_info(ReflectionClass $c)
{
    $name = $c->getName();
    $isEnum = method_exists($c, 'isEnum') && $c->isEnum();
    $o = array(
        'name' => $name,
        'ext' => $c->getExtensionName(),
        'kind' => $c->isInterface() ? 'interface' : ($c->isTrait() ? 'trait' : ($isEnum ? 'enum' : 'class')),
    );
    $parent = $c->getParentClass();
    if ($parent) {
        $o['parent'] = $parent->getName();
    }
    $interfaces = $c->getInterfaceNames();
    sort($interfaces);
    if ($interfaces) {
        $o['interfaces'] = $interfaces;
    }
    if ($o['kind'] === 'class') {
        if ($c->getModifiers() & ReflectionClass::IS_EXPLICIT_ABSTRACT) {
            $o['abstract'] = true;
        }
        if ($c->isFinal()) {
            $o['final'] = true;
        }
        if (method_exists($c, 'isReadOnly') && $c->isReadOnly()) {
            $o['readonly'] = true;
        }
        if (!$c->isAbstract() && !$c->isInstantiable()) {
            $o['instantiable'] = false;
        }
    }
    if ($isEnum) {
        $e = new ReflectionEnum($name);
        if ($e->isBacked()) {
            $o['backing'] = type_string($e->getBackingType());
        }
        $o['cases'] = array();
        foreach ($e->getCases() as $case) {
            $o['cases'][$case->getName()] = $e->isBacked() ? array('value' => $case->getBackingValue()) : array();
        }
    }
    $o['methods'] = array();
    foreach ($c->getMethods() as $m) {
        if ($m->getDeclaringClass()->getName() !== $name) {
            continue;
        }
        $mi = array('name' => $m->getName(), 'visibility' => visibility($m));
        if ($m->isStatic()) {
            $mi['static'] = true;
        }
        if ($m->isAbstract() && $o['kind'] !== 'interface') {
            $mi['abstract'] = true;
        }
        if ($m->isFinal()) {
            $mi['final'] = true;
        }
        $o['methods'][$m->getName()] = array_merge($mi, function_info($m));
    }
    $o['properties'] = array();
    foreach ($c->getProperties() as $p) {
        if ($p->getDeclaringClass()->getName() !== $name) {
            continue;
        }
        $pi = array('name' => $p->getName(), 'visibility' => visibility($p));
        if ($p->isStatic()) {
            $pi['static'] = true;
        }
        if (method_exists($p, 'isReadOnly') && $p->isReadOnly()) {
            $pi['readonly'] = true;
        }
        if (method_exists($p, 'hasType') && $p->hasType()) {
            $pi['type'] = type_string($p->getType());
        }
        $o['properties'][$p->getName()] = $pi;
    }
    $o['constants'] = array();
    foreach ($c->getReflectionConstants() as $k) {
        if ($k->getDeclaringClass()->getName() !== $name) {
            continue;
        }
        if (method_exists($k, 'isEnumCase') && $k->isEnumCase()) {
            continue;
        }
        $ki = array_merge(array('name' => $k->getName(), 'visibility' => visibility($k)), value_info($k->getValue()));
        if (method_exists($k, 'isFinal') && $k->isFinal()) {
            $ki['final'] = true;
        }
        if (method_exists($k, 'hasType') && $k->hasType()) {
            $ki['declaredType'] = type_string($k->getType());
        }
        if (method_exists($k, 'isDeprecated') && $k->isDeprecated()) {
            $ki['deprecated'] = true;
        }
        $o['constants'][$k->getName()] = $ki;
    }
    return $o;
}

$out = array(
    'version' => PHP_VERSION,
    'versionId' => PHP_VERSION_ID,
    'sapi' => PHP_SAPI,
    'intSize' => PHP_INT_SIZE,
    'disabledFunctions' => (string) ini_get('disable_functions'),
    'extensions' => get_loaded_extensions(),
    'functions' => array(),
    'classes' => array(),
    'constants' => array(),
);
sort($out['extensions']);

$defined = get_defined_functions();
foreach ($defined['internal'] as $fn) {
    $f = new ReflectionFunction($fn);
    $out['functions'][$f->getName()] = array_merge(
        array('name' => $f->getName(), 'ext' => $f->getExtensionName()), function_info($f));
}

$names = array_merge(get_declared_classes(), get_declared_interfaces(), get_declared_traits());
foreach ($names as $cn) {
    $c = new ReflectionClass($cn);
    if ($c->isInternal()) {
        $out['classes'][$c->getName()] = class_info($c);
    }
}

foreach (get_defined_constants(true) as $ext => $constants) {
    if ($ext === 'user') {
        continue;
    }
    foreach ($constants as $k => $v) {
        $ci = array_merge(array('name' => $k, 'ext' => $ext), value_info($v));
        if (class_exists('ReflectionConstant', false)) {
            $rc = new ReflectionConstant($k);
            if ($rc->isDeprecated()) {
                $ci['deprecated'] = true;
            }
        }
        $out['constants'][$k] = $ci;
    }
}

echo json_encode($out, JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE | JSON_PRESERVE_ZERO_FRACTION), "\n";
