<html>
<body>
<?php if ($user): ?>
  <p>Hello <?= htmlspecialchars($user->name) ?>!</p>
<?php else: ?>
  <p>Who are you?</p>
<?php endif ?>
<?php foreach ($items as $item) { ?>
  <li><?= $item ?></li>
<?php } ?>
<a href="x"><?php echo $link; ?></a>
<?xml version="1.0"?>
</body>
</html>
