import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('tracker', '0011_figures_within_storable_range'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ImportBatch',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('meta', models.JSONField(default=dict, help_text="The form's metadata, applied to every file")),
                ('queued', models.BooleanField(default=False, help_text='Handed to a Celery worker rather than imported inline')),
                ('created_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name_plural': 'import batches',
                'ordering': ['-created_at'],
            },
        ),
        migrations.CreateModel(
            name='ImportFile',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('position', models.PositiveSmallIntegerField()),
                ('name', models.CharField(max_length=255)),
                ('size', models.PositiveIntegerField()),
                ('data', models.BinaryField(blank=True, help_text='The upload until it is imported, then emptied')),
                ('state', models.CharField(choices=[('queued', 'waiting'), ('imported', 'imported'), ('unchanged', 'unchanged'), ('ocr', 'queued for OCR'), ('failed', 'failed')], default='queued', max_length=10)),
                ('message', models.TextField(blank=True)),
                ('batch', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='files', to='tracker.importbatch')),
                ('report', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='tracker.report')),
            ],
            options={
                'ordering': ['batch', 'position'],
                'constraints': [models.UniqueConstraint(fields=('batch', 'position'), name='import_file_position_unique')],
            },
        ),
    ]
